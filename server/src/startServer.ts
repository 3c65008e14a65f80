import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server'
import { Authenticator, type AuthRequest } from './auth/Authenticator'
import type { AuthStore } from './auth/AuthStore'
import { commenterIdOf } from './auth/commenterIdOf'
import { isAllowedOrigin } from './auth/isAllowedOrigin'
import { LiveConnections } from './auth/LiveConnections'
import type { AuthConfig } from './auth/loadAuthConfig'
import type { ServerConfig } from './config'
import { DocumentChanges } from './documents/DocumentChanges'
import { DocumentRegistry } from './documents/DocumentRegistry'
import type { CredentialEvent, Fanout } from './documents/Fanout'
import { VersionCheckpoints } from './documents/history/VersionCheckpoints'
import { SearchIndexer } from './documents/SearchIndexer'
import { startUpdateMerger } from './documents/UpdateMerger'
import { createApp } from './http/createApp'
import type { HealthCheck } from './http/healthRoutes'
import type { Logger } from './logger'
import { AuditLog } from './minutes/AuditLog'
import type { DocumentStore } from './persistence/DocumentStore'
import { MemorySearchIndex } from './persistence/MemorySearchIndex'
import type { SearchIndex } from './persistence/SearchIndex'
import { connectSession } from './sync/connectSession'
import { createMinutesSchemaRules, minutesRoots } from './sync/inspection/minutesSchemaRules'
import type { ConnectionGrant } from './sync/SyncSession'
import { attachSyncTransport } from './transport/attachSyncTransport'
import {
  type ConnectionLimit,
  limitConnectionsPerAddress,
} from './transport/limitConnectionsPerAddress'

export interface RunningServer {
  /** http://host:port, with the port actually bound (useful with port 0). */
  url: string
  port: number
  registry: DocumentRegistry
  /** Stops accepting, closes sockets, waits for every write, then closes the store. */
  close(): Promise<void>
}

/** Decides what a websocket connection may do with a document; undefined refuses it. */
export type AuthorizeConnection = (
  request: IncomingMessage,
  documentId: string,
) => Promise<ConnectionGrant | undefined>

export interface ServerDependencies {
  store: DocumentStore
  authStore: AuthStore
  auth: AuthConfig
  logger: Logger
  /** Replaces sign-in for websocket connections: for tests of the sync layer alone. */
  authorizeConnection?: AuthorizeConnection
  /** Services /healthz reports and /readyz waits for. */
  health?: readonly HealthCheck[]
  /** The other server processes on the same store (Redis); closed with the server. */
  fanout?: Fanout
  /** Full-text search beside the store, on the same database; in memory when not given. */
  searchIndex?: SearchIndex
}

/** Wires the layers together and listens: HTTP and the sync websocket share one port. */
export async function startServer(
  config: ServerConfig,
  {
    store,
    authStore,
    auth,
    logger,
    authorizeConnection,
    health = [],
    fanout,
    searchIndex = new MemorySearchIndex(),
  }: ServerDependencies,
): Promise<RunningServer> {
  const authenticator = new Authenticator({ store: authStore, adminToken: auth.adminToken, logger })
  const checkpoints = new VersionCheckpoints(store, {
    intervalMs: config.checkpointIntervalMs,
    logger,
  })
  const audit = new AuditLog(store, logger)
  const indexer = new SearchIndexer(searchIndex, store, {
    delayMs: config.searchIndexDelayMs,
    logger,
  })
  const changes = new DocumentChanges()
  // Compaction merges a document's whole log: off the event loop, every client of every document
  // would wait for it.
  const merger = startUpdateMerger()
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: config.unloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    mergeUpdates: (updates) => merger.merge(updates),
    observer: checkpoints,
    logger,
    ...(fanout ? { fanout } : {}),
    onLoaded: (document) => {
      indexer.follow(document)
      changes.follow(document)
    },
  })
  const schemaRules = createMinutesSchemaRules()
  const roots = minutesRoots
  const app = createApp({
    store,
    registry,
    authStore,
    authenticator,
    publicUrl: auth.publicUrl,
    clientDir: config.clientDir,
    logger,
    checkpoints,
    audit,
    changes,
    search: { index: searchIndex, indexer },
    health: fanout
      ? [...health, { name: 'redis', isReachable: () => fanout.isReachable() }]
      : health,
  })
  const authorize = authorizeConnection ?? authorizeWith(authenticator)
  // Made here, not in `connect`: a closure there over the request would let every closure made
  // beside it (tracking, the audit) keep the request as long as the connection lasts.
  const authorizing = (request: IncomingMessage, documentId: string) => () =>
    authorize(request, documentId)
  const liveConnections = new LiveConnections()
  // Revoking an invitation or signing out closes its live connections at once, not at their
  // next reconnect, on every process; expiry closes them through liveConnections' own timers.
  const endCredential = ({ kind, id }: CredentialEvent) =>
    kind === 'invitation-revoked'
      ? liveConnections.endInvitation(id, 'Your invitation was withdrawn.')
      : liveConnections.endSession(id, 'You signed out in this browser.')
  const tellEverywhere = (event: CredentialEvent) => {
    endCredential(event)
    fanout?.publishCredential(event)
  }
  authenticator.onInvitationRevoked((id) => tellEverywhere({ kind: 'invitation-revoked', id }))
  authenticator.onSignedOut((id) => tellEverywhere({ kind: 'signed-out', id }))
  fanout?.onCredential(endCredential)

  let connectionLimit: ConnectionLimit | undefined
  // A connection past its address's limit gets this answer to its first request, and is closed.
  const fetch = (request: Request, bindings: HttpBindings | Http2Bindings) =>
    'incoming' in bindings &&
    'socket' in bindings.incoming &&
    connectionLimit?.isOverLimit(bindings.incoming.socket)
      ? Response.json(
          { error: 'Too many open connections from your address. Close some tabs.' },
          { status: 503, headers: { connection: 'close', 'retry-after': '10' } },
        )
      : app.fetch(request, bindings)
  const { server, address } = await new Promise<{
    server: ReturnType<typeof serve>
    address: AddressInfo
  }>((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port: config.port,
        hostname: config.host,
        // Connections that send nothing, or half a request, are closed instead of held forever.
        serverOptions: {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.min(30_000, config.headersTimeoutMs / 2),
        },
      },
      (info) => resolve({ server, address: info }),
    )
    server.once('error', reject)
    connectionLimit = limitConnectionsPerAddress(server as import('node:http').Server, {
      maxPerAddress: config.maxConnectionsPerAddress,
    })
  })

  const transport = attachSyncTransport(server as import('node:http').Server, {
    pathPrefix: '/sync',
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxBufferedBytes,
    acceptsOrigin: (request) => isAllowedOrigin(toAuthRequest(request), auth.publicUrl),
    isOverLimit: (request) => connectionLimit?.isOverLimit(request.socket) ?? false,
    openingTimeoutMs: config.websocketOpeningTimeoutMs,
    connect: (socket, documentId, request, authorized) =>
      connectSession(
        {
          socket,
          documentId,
          authorize: authorizing(request, documentId),
          authorized,
          track: (connection, grant) => {
            if (grant.principalId !== undefined) {
              const actor = { id: grant.principalId, name: grant.identity?.name ?? 'Someone' }
              void audit.joined(documentId, actor, grant.access.role)
            }
            return liveConnections.add(connection, grant)
          },
        },
        { registry, logger, schemaRules, roots },
      ),
  })

  // Documents stored before search existed, or written while the index lagged, in the background.
  void store
    .listDocuments()
    .then((documents) => indexer.ensureIndexed(documents.map(({ id }) => id)))
    .catch((error: unknown) =>
      logger.warn('The search index could not be brought up to date', error),
    )

  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  let closing: Promise<void> | undefined
  return {
    url: `http://${config.host === 'localhost' ? 'localhost' : host}:${address.port}`,
    port: address.port,
    registry,
    close: () => {
      closing ??= (async () => {
        transport.close(config.shutdownGraceMs)
        // Open event streams end now rather than hold the stop for the grace period.
        changes.close()
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()))
        // Once closing, Node stops timing out connections and waits for every one of them: a
        // browser's preconnected socket, which never sends a request, would hold the stop forever.
        const cutOff = setTimeout(
          () => (server as import('node:http').Server).closeAllConnections(),
          config.shutdownGraceMs,
        )
        await httpClosed
        clearTimeout(cutOff)
        await registry.closeAll('The server is shutting down.')
        await merger.stop()
        // The last changes' blocks are written before the database they go to closes.
        await indexer.close()
        await searchIndex.close()
        await fanout?.close()
        await store.close()
      })()
      return closing
    },
  }
}

/** The session cookie, invitation token or bearer token of the upgrade request decides. */
function authorizeWith(authenticator: Authenticator): AuthorizeConnection {
  return async (request, documentId) => {
    const principal = await authenticator.authenticate(toAuthRequest(request))
    if (!principal) return undefined
    const access = await authenticator.accessTo(principal, documentId)
    if (!access) return undefined
    return {
      access,
      identity: { name: principal.name, color: principal.color },
      principalId: principal.id,
      commenterId: commenterIdOf(principal.id, documentId),
      ...(principal.kind === 'invitation' ? { invitationId: principal.invitationId } : {}),
      ...(principal.sessionId === undefined ? {} : { sessionId: principal.sessionId }),
      ...(principal.expiresAt === undefined ? {} : { expiresAt: Date.parse(principal.expiresAt) }),
    }
  }
}

function toAuthRequest(request: IncomingMessage): AuthRequest {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return { headers, url: request.url ?? '/' }
}
