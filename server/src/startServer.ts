import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import type { ServerConfig } from './config'
import { DocumentRegistry } from './documents/DocumentRegistry'
import { createApp } from './http/createApp'
import type { Logger } from './logger'
import type { DocumentStore } from './persistence/DocumentStore'
import { createSchemaRules } from './sync/inspection/createSchemaRules'
import { type ConnectionGrant, SyncSession } from './sync/SyncSession'
import { attachSyncTransport } from './transport/attachSyncTransport'

export interface RunningServer {
  /** http://host:port, with the port actually bound (useful with port 0). */
  url: string
  port: number
  registry: DocumentRegistry
  /** Stops accepting, closes sockets, waits for every write, then closes the store. */
  close(): Promise<void>
}

/** Wires the layers together and listens: HTTP and the sync websocket share one port. */
/** Decides what a websocket connection may do with a document; undefined refuses it. */
export type AuthorizeConnection = (
  request: IncomingMessage,
  documentId: string,
) => Promise<ConnectionGrant | undefined>

export interface ServerDependencies {
  store: DocumentStore
  logger: Logger
  authorizeConnection?: AuthorizeConnection
}

export async function startServer(
  config: ServerConfig,
  { store, logger, authorizeConnection = everyoneIsSecretariat }: ServerDependencies,
): Promise<RunningServer> {
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: config.unloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    logger,
  })
  const schemaRules = createSchemaRules(getSchema(minutesExtensions()), {
    [CONTENT_FRAGMENT_NAME]: 'content',
    [PEOPLE_MAP_NAME]: 'map',
  })
  const roots = { content: CONTENT_FRAGMENT_NAME, register: PEOPLE_MAP_NAME }
  const app = createApp({ store, clientDir: config.clientDir, logger })

  const { server, address } = await new Promise<{
    server: ReturnType<typeof serve>
    address: AddressInfo
  }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
      resolve({ server, address: info }),
    )
    server.once('error', reject)
  })

  const transport = attachSyncTransport(server as import('node:http').Server, {
    pathPrefix: '/sync',
    maxMessageBytes: config.maxMessageBytes,
    connect: (socket, documentId, request) =>
      new SyncSession(socket, documentId, () => authorizeConnection(request, documentId), {
        registry,
        logger,
        schemaRules,
        roots,
      }),
  })

  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  let closing: Promise<void> | undefined
  return {
    url: `http://${config.host === 'localhost' ? 'localhost' : host}:${address.port}`,
    port: address.port,
    registry,
    close: () => {
      closing ??= (async () => {
        transport.close()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await registry.closeAll('The server is shutting down.')
        await store.close()
      })()
      return closing
    },
  }
}

/** Until sign-in is wired in, everyone works as the secretariat, as before rights existed. */
async function everyoneIsSecretariat(): Promise<ConnectionGrant> {
  return { access: { role: 'secretariat' } }
}
