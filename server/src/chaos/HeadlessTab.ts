import 'fake-indexeddb/auto'
import { CONTENT_FRAGMENT_NAME, WORKFLOW_MAP_NAME } from '@minutes/schema'
import { WebSocket } from 'ws'
import { IndexeddbPersistence } from 'y-indexeddb'
import { readAuthMessage } from 'y-protocols/auth'
import { messageAuth, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface HeadlessTabOptions {
  wsUrl: string
  documentId: string
  /** The invitation or admin token the tab connects with, as `?token=`. */
  token: string
  /** The IndexedDB database of the local copy: tabs of one browser on one document share it. */
  storeName: string
  name: string
}

interface Session {
  doc: Y.Doc
  provider: WebsocketProvider
  persistence: IndexeddbPersistence
}

/**
 * One browser tab on one document, in Node: a Y.Doc, the stock y-websocket provider and a local
 * copy in IndexedDB (fake-indexeddb, through y-indexeddb as the client uses it). A reload throws
 * the Y.Doc away and opens a new one, with a new client id, from the local copy.
 */
export class HeadlessTab {
  /** Every close code the server sent, across reloads. */
  readonly closeCodes: number[] = []
  /** Reasons of permission-denied messages received, across reloads. */
  readonly denials: string[] = []
  private session: Session
  private wantsOnline = true

  constructor(private readonly options: HeadlessTabOptions) {
    this.session = this.open()
  }

  get doc(): Y.Doc {
    return this.session.doc
  }

  get isOnline(): boolean {
    return this.wantsOnline
  }

  /** Connected and through the first sync of this connection. */
  get isSynced(): boolean {
    return this.session.provider.synced
  }

  /** The workflow status this tab last saw. */
  get seenStatus(): unknown {
    return this.doc.getMap(WORKFLOW_MAP_NAME).get('status')
  }

  get content(): Y.XmlFragment {
    return this.doc.getXmlFragment(CONTENT_FRAGMENT_NAME)
  }

  /** Resolves once the local copy is loaded, as the page shows it before anyone types. */
  whenLoaded(): Promise<unknown> {
    return this.session.persistence.whenSynced
  }

  goOffline(): void {
    this.wantsOnline = false
    this.session.provider.disconnect()
  }

  goOnline(): void {
    this.wantsOnline = true
    this.session.provider.connect()
  }

  /** Closes the page and opens it again, online or not as before, from the local copy. */
  async reload(): Promise<void> {
    await this.closeSession()
    this.session = this.open()
    await this.whenLoaded()
  }

  async close(): Promise<void> {
    await this.closeSession()
  }

  private open(): Session {
    const doc = new Y.Doc()
    const persistence = new IndexeddbPersistence(this.options.storeName, doc)
    const provider = new WebsocketProvider(this.options.wsUrl, this.options.documentId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: this.wantsOnline,
      params: { token: this.options.token },
    })
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, doc, (_doc, reason) => this.denials.push(reason))
    }
    provider.on('connection-close', (event) => {
      // `null` when the tab closed the connection itself.
      if (event) this.closeCodes.push(event.code)
    })
    provider.awareness.setLocalStateField('user', { name: this.options.name, color: '#0b5cad' })
    return { doc, provider, persistence }
  }

  private async closeSession(): Promise<void> {
    const { doc, provider, persistence } = this.session
    provider.destroy()
    // Waits for the local copy's writes to finish, as a page's IndexedDB does when it unloads.
    await persistence.destroy()
    doc.destroy()
  }
}
