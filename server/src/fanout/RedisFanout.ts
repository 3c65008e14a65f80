import { randomUUID } from 'node:crypto'
import { isWorkflowStatus } from '@minutes/permissions'
import { Redis } from 'ioredis'
import type {
  CredentialEvent,
  DocumentChannel,
  DocumentEvent,
  DocumentReceiver,
  Fanout,
} from '../documents/Fanout'
import type { Logger } from '../logger'
import type { ClientIdBinding } from '../persistence/DocumentStore'
import { FanoutStartError } from './FanoutStartError'

export interface RedisFanoutOptions {
  url: string
  /** Every key this server writes starts with it (MINUTES_REDIS_PREFIX; one per test). */
  keyPrefix: string
  logger: Logger
  /** Entries kept per document stream; older ones are in the store already. */
  maxStreamLength?: number
  /** How long one read waits for news before it looks at the documents held again. */
  blockMs?: number
}

interface Subscription {
  key: string
  /** The last entry read; undefined until Redis could say where the stream ends. */
  lastId: string | undefined
  receiver?: DocumentReceiver
}

/** A stream idle this long expires; the store holds everything in it. */
const streamTtlSeconds = 7 * 24 * 3_600
const credentialsStreamLength = 1_000

/**
 * Fan-out between server processes through one Redis stream per document: every process XADDs
 * what it stored, and XREADs the streams of the documents it holds, skipping its own entries.
 * Streams are replayed from the last entry read, so a process that lost Redis for a while misses
 * nothing the stream still holds; after any outage it reads the store again as well and asks the
 * others to do the same, which covers what was trimmed or never published.
 */
export class RedisFanout implements Fanout {
  private readonly processId = randomUUID()
  private readonly subscriptions = new Map<string, Subscription>()
  private readonly credentialListeners = new Set<(event: CredentialEvent) => void>()
  private credentialsLastId: string | undefined
  private isClosed = false
  private reading: Promise<void> = Promise.resolve()
  private readonly maxStreamLength: number
  private readonly blockMs: number

  private constructor(
    /** Publications and one-off reads; fails at once while Redis is away. */
    private readonly commands: Redis,
    /** The blocking reads, on a connection of their own. */
    private readonly reader: Redis,
    private readonly options: RedisFanoutOptions,
  ) {
    this.maxStreamLength = options.maxStreamLength ?? 10_000
    this.blockMs = options.blockMs ?? 250
  }

  /** Connects, or refuses with a FanoutStartError when Redis does not answer. */
  static async connect(options: RedisFanoutOptions): Promise<RedisFanout> {
    const connect = () =>
      new Redis(options.url, {
        lazyConnect: true,
        // Nothing waits in a queue for Redis to come back: a lost publication is made good by
        // a resync, and a read is simply tried again.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 3_000,
        // A Redis behind a silent network partition fails commands instead of hanging them.
        commandTimeout: 5_000,
        retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
      })
    const commands = connect()
    const reader = connect()
    for (const connection of [commands, reader]) {
      // ioredis reports every failed reconnection here; the health check says it is away.
      connection.on('error', () => undefined)
    }
    try {
      await Promise.all([commands.connect(), reader.connect()])
    } catch (error) {
      commands.disconnect()
      reader.disconnect()
      throw new FanoutStartError(
        `Cannot reach Redis at ${redact(options.url)}: ${error instanceof Error ? error.message : String(error)}. Check REDIS_URL and that Redis is running.`,
        { cause: error },
      )
    }
    const fanout = new RedisFanout(commands, reader, options)
    fanout.credentialsLastId = await fanout.lastIdOf(fanout.credentialsKey)
    for (const connection of [commands, reader]) {
      connection.on('ready', () => fanout.afterOutage())
    }
    fanout.reading = fanout.readLoop()
    return fanout
  }

  async open(documentId: string): Promise<DocumentChannel> {
    const key = this.keyOf(documentId)
    const subscription: Subscription = {
      key,
      lastId: await this.lastIdOf(key).catch(() => undefined),
    }
    return {
      start: (receiver) => {
        subscription.receiver = receiver
        this.subscriptions.set(key, subscription)
      },
      publish: (event) => this.publishTo(key, event),
      close: () => {
        if (this.subscriptions.get(key) === subscription) this.subscriptions.delete(key)
      },
    }
  }

  publishCredential(event: CredentialEvent): void {
    void this.commands
      .xadd(
        this.credentialsKey,
        'MAXLEN',
        '~',
        credentialsStreamLength,
        '*',
        'p',
        this.processId,
        'k',
        event.kind,
        'i',
        event.id,
      )
      .catch((error: unknown) =>
        this.options.logger.error(
          `Redis: could not tell the other processes that ${event.kind} ${event.id}`,
          error,
        ),
      )
  }

  onCredential(listener: (event: CredentialEvent) => void): () => void {
    this.credentialListeners.add(listener)
    return () => this.credentialListeners.delete(listener)
  }

  async isReachable(): Promise<boolean> {
    try {
      return (await this.commands.ping()) === 'PONG' && this.reader.status === 'ready'
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    this.isClosed = true
    this.subscriptions.clear()
    await this.reading
    this.commands.disconnect()
    this.reader.disconnect()
  }

  private get credentialsKey(): string {
    return `${this.options.keyPrefix}credentials`
  }

  publish(documentId: string, event: DocumentEvent): void {
    this.publishTo(this.keyOf(documentId), event)
  }

  private keyOf(documentId: string): string {
    return `${this.options.keyPrefix}doc:${documentId}`
  }

  private publishTo(key: string, event: DocumentEvent): void {
    const fields: (string | Buffer)[] = ['p', this.processId, 'k', event.kind]
    if (event.kind === 'update') {
      fields.push('d', Buffer.from(event.update), 'c', JSON.stringify(event.clientIds))
    } else if (event.kind === 'awareness') {
      fields.push(
        'd',
        Buffer.from(event.update),
        'c',
        JSON.stringify({ clientIds: event.clientIds, principalId: event.principalId }),
      )
    } else if (event.kind === 'status') {
      fields.push('s', event.status)
    }
    void this.commands
      .multi()
      .xadd(key, 'MAXLEN', '~', this.maxStreamLength, '*', ...fields)
      .expire(key, streamTtlSeconds)
      .exec()
      .catch(() => {
        // Redis is away: the resync sent once it is back makes the others read the store.
      })
  }

  /** After Redis came back: read the store again, and ask the others to do the same. */
  private afterOutage(): void {
    if (this.isClosed) return
    for (const subscription of this.subscriptions.values()) {
      subscription.receiver?.catchUp()
      this.publishTo(subscription.key, { kind: 'resync' })
    }
  }

  private async lastIdOf(key: string): Promise<string> {
    const [last] = await this.commands.xrevrange(key, '+', '-', 'COUNT', 1)
    return last?.[0] ?? '0-0'
  }

  private async readLoop(): Promise<void> {
    while (!this.isClosed) {
      try {
        await this.readOnce()
      } catch {
        if (this.isClosed) return
        // Redis is away: ioredis reconnects; afterOutage catches up once it is back.
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  }

  private async readOnce(): Promise<void> {
    this.credentialsLastId ??= await this.lastIdOf(this.credentialsKey)
    const subscriptions = [...this.subscriptions.values()]
    for (const subscription of subscriptions) {
      if (subscription.lastId !== undefined) continue
      // Where the stream ended was unknown (Redis was away when the document was opened).
      subscription.lastId = await this.lastIdOf(subscription.key)
      subscription.receiver?.catchUp()
    }
    const keys = [this.credentialsKey, ...subscriptions.map(({ key }) => key)]
    const ids = [this.credentialsLastId, ...subscriptions.map(({ lastId }) => lastId ?? '$')]
    const result = await this.reader.xreadBuffer(
      'COUNT',
      1_000,
      'BLOCK',
      this.blockMs,
      'STREAMS',
      ...keys,
      ...ids,
    )
    for (const [keyBuffer, entries] of result ?? []) {
      const key = keyBuffer.toString()
      for (const [idBuffer, fieldList] of entries) {
        const id = idBuffer.toString()
        const fields = readFields(fieldList)
        if (key === this.credentialsKey) {
          this.credentialsLastId = id
          if (fields.get('p')?.toString() !== this.processId) this.tellCredential(fields)
          continue
        }
        const subscription = this.subscriptions.get(key)
        if (!subscription) continue
        subscription.lastId = id
        if (fields.get('p')?.toString() === this.processId) continue
        const event = readDocumentEvent(fields)
        if (!event) {
          this.options.logger.warn(`Redis: skipped an unreadable entry ${id} in ${key}`)
          continue
        }
        try {
          subscription.receiver?.receive(event)
        } catch (error) {
          this.options.logger.error(`Redis: applying entry ${id} of ${key} failed`, error)
        }
      }
    }
  }

  private tellCredential(fields: Map<string, Buffer>): void {
    const kind = fields.get('k')?.toString()
    const id = fields.get('i')?.toString()
    if ((kind !== 'invitation-revoked' && kind !== 'signed-out') || !id) return
    for (const listener of this.credentialListeners) {
      try {
        listener({ kind, id })
      } catch (error) {
        this.options.logger.error(`Redis: acting on ${kind} ${id} failed`, error)
      }
    }
  }
}

function readFields(list: Buffer[]): Map<string, Buffer> {
  const fields = new Map<string, Buffer>()
  for (let index = 0; index + 1 < list.length; index += 2) {
    fields.set(list[index]!.toString(), list[index + 1]!)
  }
  return fields
}

/** Only this server's processes write these streams; what does not read as one is skipped. */
function readDocumentEvent(fields: Map<string, Buffer>): DocumentEvent | undefined {
  const data = fields.get('d')
  switch (fields.get('k')?.toString()) {
    case 'update': {
      const clientIds = readBindings(fields.get('c')?.toString())
      return data && clientIds
        ? { kind: 'update', update: new Uint8Array(data), clientIds }
        : undefined
    }
    case 'awareness': {
      const speaker = readSpeaker(fields.get('c')?.toString())
      return data && speaker
        ? { kind: 'awareness', update: new Uint8Array(data), ...speaker }
        : undefined
    }
    case 'status': {
      const status = fields.get('s')?.toString()
      return status !== undefined && isWorkflowStatus(status)
        ? { kind: 'status', status }
        : undefined
    }
    case 'resync':
      return { kind: 'resync' }
    case 'presence-query':
      return { kind: 'presence-query' }
    default:
      return undefined
  }
}

function readSpeaker(
  json: string | undefined,
): { clientIds: number[]; principalId: string | null } | undefined {
  try {
    const parsed: unknown = JSON.parse(json ?? '')
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { clientIds, principalId } = parsed as Record<string, unknown>
    if (!Array.isArray(clientIds) || !clientIds.every((id) => Number.isInteger(id)))
      return undefined
    if (principalId !== null && typeof principalId !== 'string') return undefined
    return { clientIds: clientIds as number[], principalId }
  } catch {
    return undefined
  }
}

function readBindings(json: string | undefined): ClientIdBinding[] | undefined {
  if (json === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(json)
    if (!Array.isArray(parsed)) return undefined
    const bindings = parsed.filter(
      (binding): binding is ClientIdBinding =>
        typeof binding === 'object' &&
        binding !== null &&
        Number.isInteger(binding.clientId) &&
        (binding.principalId === null || typeof binding.principalId === 'string'),
    )
    return bindings.length === parsed.length ? bindings : undefined
  } catch {
    return undefined
  }
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparseable REDIS_URL)'
  }
}
