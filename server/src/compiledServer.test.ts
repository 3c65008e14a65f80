import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { archiveLimits } from '@minutes/import'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer, compiledServerEntry } from '../../scripts/lib/buildServer.mjs'
import type { ImportJob, ImportOutcome } from './imports/ImportJob'
import { appendParagraph, connectClient, paragraphs, waitFor } from './testing/connectClient'
import { type ServerProcess, startServerProcess } from './testing/startServerProcess'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-compiled-'))
const adminToken = 'a-test-token-of-at-least-thirty-two-characters'
const authorization = { authorization: `Bearer ${adminToken}` }
let server: ServerProcess | undefined

beforeAll(async () => {
  await buildServer()
}, 60_000)

afterAll(() => {
  server?.child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

// What `npm start` runs: the compiled build, not the sources through a run-time loader.
describe('the compiled server', { timeout: 30_000 }, () => {
  it('is not built again when nothing changed', async () => {
    const builtAt = fs.statSync(compiledServerEntry).mtimeMs
    expect(await buildServer()).toBe(false)
    expect(fs.statSync(compiledServerEntry).mtimeMs).toBe(builtAt)
    expect(fs.readFileSync(compiledServerEntry, 'utf8')).not.toMatch(/\/tsx[@/]/)
  })

  it('starts, seeds the demo from its file, and syncs edits between websocket clients', async () => {
    server = await startServerProcess({ dataDir, adminToken, compiled: true })
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })

    const listing = await fetch(`${server.url}/api/docs`, { headers: authorization })
    const documents = (await listing.json()) as { id: string; title: string }[]
    expect(documents.map(({ title }) => title)).toEqual([expect.stringMatching(/APPG/)])

    const created = await fetch(`${server.url}/api/docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ title: 'Compiled' }),
    })
    const { id } = (await created.json()) as { id: string }
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/sync`
    const writer = connectClient(wsUrl, id, { bearer: adminToken })
    const reader = connectClient(wsUrl, id, { bearer: adminToken })
    try {
      await Promise.all([writer.synced, reader.synced])
      appendParagraph(writer.doc, 'typed into the compiled server')
      await waitFor(
        () => paragraphs(reader.doc).includes('typed into the compiled server'),
        'the edit at the other client',
      )
    } finally {
      writer.destroy()
      reader.destroy()
    }
  })

  it('exports PDF with the fonts pdfmake ships, found from the compiled build', async () => {
    if (!server) throw new Error('the server did not start')
    const listing = await fetch(`${server.url}/api/docs`, { headers: authorization })
    const [demo] = (await listing.json()) as { id: string }[]
    const response = await fetch(`${server.url}/api/docs/${demo?.id}/export?format=pdf`, {
      headers: authorization,
    })
    expect(response.status).toBe(200)
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('runs imports in its own compiled worker', async () => {
    const workerFile = path.join(path.dirname(compiledServerEntry), 'importWorker.mjs')
    expect(fs.readFileSync(compiledServerEntry, 'utf8')).toContain(workerFile)
    const worker = new Worker(workerFile)
    try {
      const job: ImportJob = {
        file: {
          name: 'minutes.txt',
          contentType: 'text/plain',
          bytes: new TextEncoder().encode(
            'Minutes of the meeting\n\nThe chair opened the meeting.',
          ),
        },
        limits: archiveLimits,
      }
      const outcome = new Promise<ImportOutcome>((resolve) => worker.once('message', resolve))
      worker.postMessage(job)
      expect((await outcome).kind).toBe('imported')
    } finally {
      await worker.terminate()
    }
  })
})
