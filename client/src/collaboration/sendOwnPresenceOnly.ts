import type { WebsocketProvider } from 'y-websocket'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * y-websocket sends every awareness change it sees back to the server, peers' carets included:
 * with five peers typing, each tab re-sent each of their caret moves, and the server only drops
 * them (a connection speaks for itself alone). Send this tab's own presence, and nothing else.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const { awareness } = provider
  const sendAll = provider._awarenessUpdateHandler
  const own = (clientId: number) => clientId === awareness.clientID
  const sendOwn = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const changes = {
      added: added.filter(own),
      updated: updated.filter(own),
      removed: removed.filter(own),
    }
    if (changes.added.length + changes.updated.length + changes.removed.length === 0) return
    sendAll(changes, origin)
  }
  awareness.off('update', sendAll)
  awareness.on('update', sendOwn)
  // The provider takes its handler off again when destroyed.
  provider._awarenessUpdateHandler = sendOwn
}
