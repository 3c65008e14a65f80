import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CloseCode } from '@minutes/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../testing/postgresTestSchema'
import { deleteRedisKeys, testRedisUrl } from '../testing/startClusterServer'
import { type ServerProcess, startServerProcess } from '../testing/startServerProcess'

const adminToken = 'a-test-token-of-at-least-thirty-two-characters'
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
}, 30_000)

/** Two real server processes (`src/main.ts`) on one PostgreSQL schema and one Redis prefix. */
async function startTwoProcesses(): Promise<ServerProcess[]> {
  const schema = createTestSchemaName()
  const keyPrefix = `minutes-test:${schema}:`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-two-'))
  cleanups.push(
    () => fs.rmSync(dataDir, { recursive: true, force: true }),
    () => dropTestSchema(schema),
    () => deleteRedisKeys(keyPrefix),
  )
  const env = {
    DATABASE_URL: testDatabaseUrl,
    MINUTES_DATABASE_SCHEMA: schema,
    REDIS_URL: testRedisUrl,
    MINUTES_REDIS_PREFIX: keyPrefix,
    MINUTES_DEMO: 'off',
  }
  const started = await Promise.all(
    [0, 1].map(() => startServerProcess({ dataDir, adminToken, env, startTimeoutMs: 45_000 })),
  )
  for (const process of started) {
    cleanups.push(async () => {
      process.child.kill('SIGKILL')
      await process.exited
    })
  }
  return started
}

const wsUrlOf = (server: ServerProcess) => `${server.url.replace(/^http/, 'ws')}/sync`

async function api(server: ServerProcess, route: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${route}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${adminToken}`,
      ...init.headers,
    },
  })
  const text = await response.text()
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>
}

function client(server: ServerProcess, id: string, options: Parameters<typeof connectClient>[2]) {
  const connected = connectClient(wsUrlOf(server), id, options)
  cleanups.push(() => connected.destroy())
  return connected
}

describe('two server processes (src/main.ts) on PostgreSQL and Redis', () => {
  it('keeps every echoed edit when one is killed mid-typing and its clients move to the other', async () => {
    const [doomed, survivor] = await startTwoProcesses()
    const { id } = (await api(doomed!, '/api/docs', {
      method: 'POST',
      body: JSON.stringify({ title: 'Failover' }),
    })) as { id: string }
    const writer = client(doomed!, id, { bearer: adminToken })
    const witness = client(survivor!, id, { bearer: adminToken })
    await Promise.all([writer.synced, witness.synced])

    // The witness sees the writer's edits only once the doomed process stored and published them.
    const died = doomed!.exited
    witness.doc.on('update', () => {
      if (paragraphs(witness.doc).length >= 150) doomed!.child.kill('SIGKILL')
    })
    for (let index = 0; index < 300; index++) appendParagraph(writer.doc, `edit ${index}`)
    await died
    const seen = paragraphs(witness.doc)
    expect(seen.length).toBeGreaterThanOrEqual(150)

    // The browser reconnects to the other process with the copy it kept.
    writer.provider.destroy()
    const moved: TestClient = client(survivor!, id, { bearer: adminToken, doc: writer.doc })
    await moved.synced
    await waitFor(
      () => paragraphs(witness.doc).length === 300,
      'every edit on the surviving process',
      15_000,
    )
    const reader = client(survivor!, id, { bearer: adminToken })
    await reader.synced
    await waitFor(() => paragraphs(reader.doc).length === 300, 'the stored document', 10_000)
    expect(paragraphs(reader.doc).slice(0, seen.length)).toEqual(seen)
    expect(paragraphs(reader.doc)).toEqual(paragraphs(writer.doc))
  }, 90_000)

  it('ends an invitation’s connection on the other process when it is revoked', async () => {
    const [first, second] = await startTwoProcesses()
    const { id } = (await api(first!, '/api/docs', {
      method: 'POST',
      body: JSON.stringify({ title: 'Revocation' }),
    })) as { id: string }
    const invitation = (await api(first!, `/api/docs/${id}/invites`, {
      method: 'POST',
      body: JSON.stringify({ role: 'reviewer' }),
    })) as { id: string; token: string }
    const socket = new WebSocket(`${wsUrlOf(second!)}/${id}`, {
      headers: { authorization: `Bearer ${invitation.token}` },
    })
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.once('message', resolve))
    await api(first!, `/api/docs/${id}/invites/${invitation.id}`, { method: 'DELETE' })
    expect(await closed).toBe(CloseCode.unauthorized)
  }, 90_000)
})
