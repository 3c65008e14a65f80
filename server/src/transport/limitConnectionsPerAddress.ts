import type { Server } from 'node:http'
import type { Socket } from 'node:net'

export interface ConnectionLimit {
  /** Whether this connection came while its address already held the most it may: refuse it. */
  isOverLimit(socket: Socket): boolean
  /** Open connections from one address, websockets included. */
  countOf(address: string): number
}

/**
 * Counts the open connections (HTTP and websocket alike: a websocket is an upgraded HTTP
 * connection) of each remote address. Those past `maxPerAddress` are marked, for their first
 * request to be answered 503; past twice that, a flood, they are dropped unanswered at once.
 * `maxPerAddress` 0 means no limit.
 */
export function limitConnectionsPerAddress(
  server: Server,
  { maxPerAddress }: { maxPerAddress: number },
): ConnectionLimit {
  const counts = new Map<string, number>()
  const overLimit = new WeakSet<Socket>()
  if (maxPerAddress > 0) {
    server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress ?? 'unknown'
      const count = (counts.get(address) ?? 0) + 1
      counts.set(address, count)
      socket.once('close', () => {
        const remaining = (counts.get(address) ?? 1) - 1
        if (remaining > 0) counts.set(address, remaining)
        else counts.delete(address)
      })
      if (count > 2 * maxPerAddress) socket.destroy()
      else if (count > maxPerAddress) overLimit.add(socket)
    })
  }
  return {
    isOverLimit: (socket) => overLimit.has(socket),
    countOf: (address) => counts.get(address) ?? 0,
  }
}
