// @vitest-environment node
import { decoding } from 'lib0'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { messageAwareness, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnPresenceOnly } from './sendOwnPresenceOnly'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A real socket server that keeps the client ids of every awareness message it receives. */
async function recordingServer(): Promise<{ url: string; awarenessClients: number[][] }> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const awarenessClients: number[][] = []
  server.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      if (decoding.readVarUint(decoder) !== messageAwareness) return
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
      const clients: number[] = []
      const count = decoding.readVarUint(update)
      for (let index = 0; index < count; index++) {
        clients.push(decoding.readVarUint(update))
        decoding.readVarUint(update)
        decoding.readVarString(update)
      }
      awarenessClients.push(clients)
    })
  })
  cleanups.push(() => server.close())
  const address = server.address()
  if (typeof address === 'string' || !address) throw new Error('no port')
  return { url: `ws://127.0.0.1:${address.port}`, awarenessClients }
}

async function connectedProvider(url: string): Promise<WebsocketProvider> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(url, 'minutes', doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  sendOwnPresenceOnly(provider)
  cleanups.push(() => {
    provider.destroy()
    doc.destroy()
  })
  await new Promise<void>((resolve) => {
    const check = () => (provider.wsconnected ? resolve() : setTimeout(check, 10))
    check()
  })
  return provider
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('sendOwnPresenceOnly', () => {
  it("sends this tab's caret and name, never a peer's it was told about", async () => {
    const server = await recordingServer()
    const provider = await connectedProvider(server.url)
    const peer = new Awareness(new Y.Doc())
    cleanups.push(() => peer.destroy())
    for (let offset = 0; offset < 5; offset++) {
      peer.setLocalStateField('cursor', { anchor: offset })
      applyAwarenessUpdate(
        provider.awareness,
        encodeAwarenessUpdate(peer, [peer.clientID]),
        provider,
      )
    }
    provider.awareness.setLocalStateField('user', { name: 'Ada Lovelace', color: '#336699' })
    await settle()
    const own = provider.awareness.clientID
    expect(provider.awareness.getStates().has(peer.clientID)).toBe(true)
    expect(server.awarenessClients.flat()).toContain(own)
    expect(server.awarenessClients.flat()).not.toContain(peer.clientID)
  })

  it('still says when this tab leaves', async () => {
    const server = await recordingServer()
    const provider = await connectedProvider(server.url)
    provider.awareness.setLocalStateField('user', { name: 'Ada Lovelace', color: '#336699' })
    await settle()
    const before = server.awarenessClients.length
    provider.awareness.setLocalState(null)
    await settle()
    expect(server.awarenessClients.slice(before).flat()).toEqual([provider.awareness.clientID])
  })
})
