import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appendParagraph, connectClient, paragraphs, waitFor } from './testing/connectClient'
import { createTestSchemaName, dropTestSchema, testDatabaseUrl } from './testing/postgresTestSchema'
import { startServerProcess as startProcess } from './testing/startServerProcess'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-crash-'))
const children: ChildProcess[] = []
const adminToken = 'a-test-token-of-at-least-thirty-two-characters'

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** The server as its own process on this test's data folder, killed after the tests. */
async function startServerProcess() {
  const started = await startProcess({ dataDir, adminToken })
  children.push(started.child)
  return started
}

describe('the server process', () => {
  it('keeps every edit a second client has seen when killed with SIGKILL', async () => {
    const first = await startServerProcess()
    const response = await fetch(`${first.url}/api/docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ title: 'Crash test' }),
    })
    const { id } = (await response.json()) as { id: string }
    const wsUrl = `${first.url.replace(/^http/, 'ws')}/sync`

    const writer = connectClient(wsUrl, id, { bearer: adminToken })
    const witness = connectClient(wsUrl, id, { bearer: adminToken })
    await Promise.all([writer.synced, witness.synced])

    // A burst of separate edits; the process dies the moment the witness has the 300th.
    const died = new Promise((resolve) => first.child.once('exit', resolve))
    witness.doc.on('update', () => {
      if (paragraphs(witness.doc).length >= 300) first.child.kill('SIGKILL')
    })
    for (let index = 0; index < 300; index++) appendParagraph(writer.doc, `edit ${index}`)
    await died
    const seen = paragraphs(witness.doc)
    writer.destroy()
    witness.destroy()
    expect(seen.length).toBeGreaterThanOrEqual(300)

    const second = await startServerProcess()
    const reader = connectClient(`${second.url.replace(/^http/, 'ws')}/sync`, id, {
      bearer: adminToken,
    })
    await reader.synced
    await waitFor(() => paragraphs(reader.doc).length >= seen.length, 'the edits after restart')
    expect(paragraphs(reader.doc)).toEqual(seen)
    reader.destroy()
    second.child.kill('SIGTERM')
    expect(await new Promise((resolve) => second.child.once('exit', resolve))).toBe(0)
  })
})

// Starting processes takes long on a busy machine.
describe('server processes on PostgreSQL', { timeout: 90_000 }, () => {
  it('seeds the demo once when two processes start together on an empty database', async () => {
    const schema = createTestSchemaName()
    try {
      const env = { DATABASE_URL: testDatabaseUrl, MINUTES_DATABASE_SCHEMA: schema }
      const started = await Promise.all(
        [0, 1].map(() => startProcess({ dataDir, adminToken, env, startTimeoutMs: 45_000 })),
      )
      for (const { child } of started) children.push(child)
      const listings = await Promise.all(
        started.map(async ({ url }) => {
          const response = await fetch(`${url}/api/docs`, {
            headers: { authorization: `Bearer ${adminToken}` },
          })
          return (await response.json()) as { id: string }[]
        }),
      )
      expect(listings[0]).toHaveLength(1)
      expect(listings[1]).toEqual(listings[0])
      for (const { child } of started) child.kill('SIGTERM')
      await Promise.all(started.map(({ exited }) => exited))
    } finally {
      await dropTestSchema(schema)
    }
  })

  it('refuses to start, saying why, when the database cannot be reached', async () => {
    const unreachable = startProcess({
      dataDir,
      adminToken,
      // Port 1 on the loopback refuses at once.
      env: { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/test' },
      startTimeoutMs: 45_000,
    })
    const failure = await unreachable.then(
      () => undefined,
      (error: Error) => error.message,
    )
    expect(failure).toMatch(/exited with 1/)
    expect(failure).toMatch(
      /Cannot reach the PostgreSQL database at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test/,
    )
    expect(failure).not.toMatch(/hunter2/)
  })
})
