import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CloseCode } from '@minutes/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { loadConfig, type ServerConfig } from './config'
import { silentLogger } from './logger'
import { openStores } from './openStores'
import { startServer } from './startServer'
import { createTestSchemaName, dropTestSchema, testDatabaseUrl } from './testing/postgresTestSchema'
import { startTcpRelay } from './testing/startTcpRelay'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function configFor(env: Record<string, string>): ServerConfig {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-stores-'))
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
  return { ...loadConfig(env), dataDir, port: 0, host: '127.0.0.1', seedDemo: false }
}

function schemaForTest(): string {
  const schema = createTestSchemaName()
  cleanups.push(() => dropTestSchema(schema))
  return schema
}

describe('openStores', () => {
  it('keeps the SQLite file in the data folder when no DATABASE_URL is set', async () => {
    const config = configFor({})
    const opened = await openStores(config, silentLogger)
    cleanups.push(() => opened.store.close())
    expect(opened.location).toBe(path.join(config.dataDir, 'minutes.sqlite'))
    await opened.store.createDocument({ id: 'a', title: 'A' })
    expect(fs.existsSync(opened.location)).toBe(true)
    expect(await opened.health.isReachable()).toBe(true)
  })

  it('shares PostgreSQL between processes when DATABASE_URL is set', async () => {
    const env = { DATABASE_URL: testDatabaseUrl, MINUTES_DATABASE_SCHEMA: schemaForTest() }
    const [first, second] = await Promise.all([
      openStores(configFor(env), silentLogger),
      openStores(configFor(env), silentLogger),
    ])
    cleanups.push(
      () => first.store.close(),
      () => second.store.close(),
    )
    await first.store.createDocument({ id: 'a', title: 'Board' })
    expect(await second.store.getDocument('a')).toMatchObject({ title: 'Board' })
    await second.authStore.createAccount({ name: 'A', email: 'a@example.org', passwordHash: 'x' })
    expect(await first.authStore.countAccounts()).toBe(1)
    expect(first.location).toContain('PostgreSQL')
    // Work under one name runs one at a time across processes.
    const order: string[] = []
    const step = (name: string) => async () => {
      order.push(`${name} in`)
      await new Promise((resolve) => setTimeout(resolve, 50))
      order.push(`${name} out`)
    }
    await Promise.all([
      first.exclusively('x', step('first')),
      second.exclusively('x', step('second')),
    ])
    expect(order[1]).toBe(order[0]?.replace(' in', ' out'))
  })

  it('answers "try again" while PostgreSQL is away, and is ready again once it is back', async () => {
    const relay = await startTcpRelay(Number(new URL(testDatabaseUrl).port || 5432))
    cleanups.push(() => relay.close())
    const url = new URL(testDatabaseUrl)
    url.hostname = '127.0.0.1'
    url.port = String(relay.port)
    const config = configFor({
      DATABASE_URL: url.toString(),
      MINUTES_DATABASE_SCHEMA: schemaForTest(),
    })
    const { store, authStore, health } = await openStores(config, silentLogger)
    const adminToken = 'an-admin-token-of-at-least-thirty-two-characters'
    const server = await startServer(config, {
      store,
      authStore,
      auth: { publicUrl: 'http://localhost', adminToken },
      logger: silentLogger,
      health: [health],
    })
    cleanups.push(() => server.close())
    await store.createDocument({ id: 'doc-1', title: 'Board' })
    const authorization = { authorization: `Bearer ${adminToken}` }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)

    relay.cut()
    const readiness = await fetch(`${server.url}/readyz`)
    expect(readiness.status).toBe(503)
    expect(await readiness.json()).toEqual({ status: 'unavailable', database: 'unreachable' })
    const liveness = await fetch(`${server.url}/healthz`)
    expect(liveness.status).toBe(200)
    expect(await liveness.json()).toEqual({ status: 'ok', database: 'unreachable' })
    const listing = await fetch(`${server.url}/api/docs`, { headers: authorization })
    expect(listing.status).toBe(503)
    expect(await listing.json()).toEqual({ error: expect.stringMatching(/Try again shortly/) })
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/doc-1`, {
      headers: authorization,
    })
    const [code] = await new Promise<[number, string]>((resolve) =>
      socket.on('close', (closeCode, reason) => resolve([closeCode, reason.toString()])),
    )
    expect(code).toBe(CloseCode.tryAgainLater)

    relay.restore()
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    const again = await fetch(`${server.url}/api/docs`, { headers: authorization })
    expect(again.status).toBe(200)
  })
})
