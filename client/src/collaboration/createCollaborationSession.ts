import { CloseCode, isPermanentClose } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import { IndexeddbPersistence } from 'y-indexeddb'
import { readAuthMessage } from 'y-protocols/auth'
import { removeAwarenessStates } from 'y-protocols/awareness'
import { messageAuth, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { keptRefusal } from './keptRefusal'
import type { LocalUser } from './localUser'
import type { Refusal, RefusalReport } from './Refusal'
import { sendOwnPresenceOnly } from './sendOwnPresenceOnly'
import {
  initialSessionStatus,
  reduceSessionStatus,
  type SessionEvent,
  type SessionStatus,
} from './sessionStatus'

/** How long reconnect attempts may fail before we tell the person they are offline. */
const OFFLINE_AFTER_MS = 2000
/** The server closes with 1011 when it failed to load or save; after this many in a row, stop. */
const MAX_SERVER_ERRORS_IN_A_ROW = 3

/** One open document: its Y.Doc, the server connection and the local copy, made and freed together. */
export interface CollaborationSession {
  docId: string
  ydoc: Y.Doc
  provider: WebsocketProvider
  people: Y.Map<unknown>
  subscribe: (listener: () => void) => () => void
  getStatus: () => SessionStatus
  /** The refusal this session replaces a session for, whose unsaved work is still to be put back. */
  getPendingRefusal: () => Refusal | null
  /**
   * The unsaved work of the refusal was put back (or could not be): shows the report if some of
   * it was not accepted, and no longer offers the refusal.
   */
  finishRestore: (report: RefusalReport) => void
  /** When the last refusal's work was put back in this session, if it was. */
  getRestoredAt: () => number | null
  setUser: (user: LocalUser) => void
  /** Connects again after a failure the provider does not retry by itself. */
  retry: () => void
  dismissNotice: () => void
  destroy: () => void
  /** Destroys the session and deletes its local (IndexedDB) copy, with every unsaved change in it. */
  discardLocalCopy: () => Promise<void>
}

export interface CollaborationSessionOptions {
  /** The refusal that ended the session this one replaces, with the work to put back. */
  refusal?: Refusal | null
  /**
   * The server refused a change (close code 4403), with its reason. The session has stopped; the
   * owner must keep its unsaved work, discard its local copy and open a fresh one, or the refused
   * change comes back with every reconnect.
   */
  onRefused?: (reason: string) => void
}

export function createCollaborationSession(
  docId: string,
  user: LocalUser,
  { refusal = null, onRefused }: CollaborationSessionOptions = {},
): CollaborationSession {
  let status = initialSessionStatus(!navigator.onLine)
  let pendingRefusal = refusal
  let restoredAt: number | null = null
  /** The reason in the y-protocols "permission denied" message, which arrives before the close. */
  let deniedReason = ''
  let serverErrorsInARow = 0
  let offlineTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()

  const ydoc = new Y.Doc()
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws'
  const provider = new WebsocketProvider(
    `${protocol}://${window.location.host}/sync`,
    docId,
    ydoc,
    {
      connect: false,
      // Presence and changes come through the server alone, which sets who is who and judges
      // every change: a BroadcastChannel between tabs would show a closed tab for 30 s (its
      // clocks are not the server's) and pass changes the server may refuse.
      disableBc: true,
      shouldReconnect: (event) => {
        if (event.code !== CloseCode.serverError) return !isPermanentClose(event.code)
        serverErrorsInARow += 1
        return serverErrorsInARow < MAX_SERVER_ERRORS_IN_A_ROW
      },
    },
  )
  sendOwnPresenceOnly(provider)
  // The close reason is cut to 123 bytes; the auth message just before it carries the whole reason.
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    readAuthMessage(decoder, ydoc, (_doc, reason) => {
      deniedReason = reason
    })
  }
  const persistence = new IndexeddbPersistence(`minutes-${docId}`, ydoc)
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT_NAME)
  let currentUser = user
  provider.awareness.setLocalStateField('user', user)
  // A closing tab says it leaves at once, before its socket closes; back from the page cache, it
  // is here again.
  const handlePageHide = () =>
    removeAwarenessStates(provider.awareness, [ydoc.clientID], 'pagehide')
  const handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted && provider.awareness.getLocalState() === null) {
      provider.awareness.setLocalState({ user: currentUser })
    }
  }
  window.addEventListener('pagehide', handlePageHide)
  window.addEventListener('pageshow', handlePageShow)

  const dispatch = (event: SessionEvent) => {
    const next = reduceSessionStatus(status, event)
    if (next === status) return
    status = next
    for (const listener of listeners) listener()
  }

  const handleSync = (isSynced: boolean) => {
    if (!isSynced) return
    serverErrorsInARow = 0
    clearTimeout(offlineTimer)
    offlineTimer = undefined
    dispatch({ type: 'synced' })
  }
  const handleConnectionClose = () => {
    dispatch({ type: 'connection-lost' })
    offlineTimer ??= setTimeout(() => {
      offlineTimer = undefined
      dispatch({ type: 'still-lost' })
    }, OFFLINE_AFTER_MS)
  }
  const handleClosed = ({ code, reason }: { code: number; reason: string }) => {
    if (code === CloseCode.updateRefused && onRefused) {
      // Not a failure to show: the owner replaces this session with a fresh one from the server.
      onRefused(deniedReason || reason)
      return
    }
    dispatch({ type: 'closed', code, reason })
  }
  const handleUpdate = (_update: Uint8Array, origin: unknown) => {
    // Everything not applied by the server connection or the local copy was typed here.
    if (origin !== provider && origin !== persistence) dispatch({ type: 'local-change' })
  }
  const handleLocalCopyLoaded = () =>
    dispatch({ type: 'local-copy-loaded', hasContent: fragment.length > 0 })
  // y-websocket does not watch the network; without this it keeps a dead socket "connected".
  const handleBrowserOffline = () => {
    provider.disconnect()
    dispatch({ type: 'browser-offline' })
  }
  const handleBrowserOnline = () => {
    dispatch({ type: 'browser-online' })
    if (!status.failure) provider.connect()
  }

  provider.on('sync', handleSync)
  provider.on('connection-close', handleConnectionClose)
  provider.on('closed', handleClosed)
  ydoc.on('update', handleUpdate)
  persistence.on('synced', handleLocalCopyLoaded)
  window.addEventListener('offline', handleBrowserOffline)
  window.addEventListener('online', handleBrowserOnline)
  // Deferred so that a session destroyed at once (React StrictMode's trial mount) never dials.
  const connectTimer = setTimeout(() => {
    if (navigator.onLine) provider.connect()
  }, 0)

  const destroy = () => {
    clearTimeout(connectTimer)
    clearTimeout(offlineTimer)
    listeners.clear()
    window.removeEventListener('offline', handleBrowserOffline)
    window.removeEventListener('online', handleBrowserOnline)
    window.removeEventListener('pagehide', handlePageHide)
    window.removeEventListener('pageshow', handlePageShow)
    provider.destroy()
    void persistence.destroy()
    // Also frees the awareness (and its timer), which listens for the doc's destruction.
    ydoc.destroy()
  }

  return {
    docId,
    ydoc,
    provider,
    people: ydoc.getMap<unknown>(PEOPLE_MAP_NAME),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getStatus: () => status,
    getPendingRefusal: () => pendingRefusal,
    finishRestore: (report) => {
      pendingRefusal = null
      keptRefusal.forget(docId)
      restoredAt = Date.now()
      dispatch({ type: 'refusal-reported', report })
    },
    getRestoredAt: () => restoredAt,
    setUser: (next) => {
      currentUser = next
      provider.awareness.setLocalStateField('user', next)
    },
    retry: () => {
      serverErrorsInARow = 0
      dispatch({ type: 'retry' })
      provider.connect()
    },
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
    destroy,
    discardLocalCopy: async () => {
      // Disconnect first, so that nothing typed meanwhile is sent, then delete the stored copy.
      provider.destroy()
      await persistence.clearData()
      destroy()
    },
  }
}
