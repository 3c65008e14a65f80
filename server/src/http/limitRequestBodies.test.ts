import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, requestsForEveryRoute, type TestApp } from '../testing/createTestApp'
import { limitRequestBodies } from './limitRequestBodies'

/** Far above every limit: a server that buffers instead of refusing reads all of it first. */
const endlessBytes = 32 * 1024 * 1024
const chunk = Buffer.alloc(64 * 1024, ' ')

interface Answer {
  status: number
  sentBytes: number
}

/**
 * Streams a chunked body of spaces (valid JSON whitespace, so a route that reads it all
 * happily takes it for `{}`) until the server answers or closes, or endlessBytes are sent.
 */
function sendEndlessBody(url: string, method: string, headers: Record<string, string>) {
  return new Promise<Answer>((resolve) => {
    let sentBytes = 0
    let answered = false
    const request = http.request(url, {
      method,
      headers: { ...headers, 'transfer-encoding': 'chunked' },
    })
    const finish = (status: number) => {
      if (answered) return
      answered = true
      resolve({ status, sentBytes })
      request.destroy()
    }
    request.on('response', (response) => {
      response.resume()
      finish(response.statusCode ?? 0)
    })
    request.on('error', () => finish(0))
    const pump = () => {
      while (!answered && sentBytes < endlessBytes) {
        sentBytes += chunk.length
        if (!request.write(chunk)) {
          request.once('drain', () => setImmediate(pump))
          return
        }
      }
      if (!answered) request.end()
    }
    pump()
  })
}

describe('request bodies', () => {
  let testApp: TestApp
  let server: ReturnType<typeof serve>
  let baseUrl: string
  const documentId = 'abcdefghij12345'

  beforeAll(async () => {
    testApp = createTestApp()
    await testApp.store.createDocument({ id: documentId, title: 'Board' })
    server = await new Promise((resolve) => {
      const listening = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(listening),
      )
    })
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await testApp.close()
  })

  it('refuses an endless body on every route of the app, as it streams, even when authorised', async () => {
    const requests = requestsForEveryRoute(testApp.app, documentId)
    expect(requests.length).toBeGreaterThan(20)
    expect(requests).toContainEqual({ method: 'POST', path: `/api/docs/${documentId}/status` })

    const answers: Record<string, Answer> = {}
    for (const { method, path } of requests) {
      answers[`${method} ${path}`] = await sendEndlessBody(`${baseUrl}${path}`, method, {
        authorization: `Bearer ${testApp.adminToken}`,
        'content-type': 'application/json',
      })
    }
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.sentBytes, `${name} read the whole body`).toBeLessThan(endlessBytes)
      const method = name.split(' ')[0] ?? ''
      if (method !== 'GET' && method !== 'HEAD') {
        // Refused for its size, or answered without reading the body at all.
        expect([413, 401, 403, 404, 405], `${name} answered ${answer.status}`).toContain(
          answer.status,
        )
      }
    }
    // Nothing was created from a body no one should have read.
    expect(await testApp.store.listDocuments()).toHaveLength(1)
  }, 60_000)

  it('answers 413 from the declared length alone, before reading', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseUrl}/api/docs/${documentId}/status`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${testApp.adminToken}`,
          'content-type': 'application/json',
          'content-length': String(300 * 1024 * 1024),
        },
      })
      request.on('response', (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
        request.destroy()
      })
      request.on('error', reject)
      request.write('{')
    })
    expect(answer).toBe(413)
  })
})

describe('limitRequestBodies', () => {
  const limited = () => {
    const app = new Hono()
    app.use(
      limitRequestBodies(
        { maxBytes: 10, tooLarge: 'Too large.' },
        { '/upload': { maxBytes: 100, tooLarge: 'The file is too large.' } },
      ),
    )
    app.post('*', async (c) => c.text(await c.req.raw.text()))
    return app
  }

  it('passes bodies up to the limit and refuses larger ones with 413 and a reason', async () => {
    const app = limited()
    expect(await (await app.request('/x', { method: 'POST', body: '0123456789' })).text()).toBe(
      '0123456789',
    )
    const refused = await app.request('/x', { method: 'POST', body: '0123456789a' })
    expect(refused.status).toBe(413)
    expect(await refused.json()).toEqual({ error: 'Too large.' })
  })

  it('gives the declared paths their own limit and no other', async () => {
    const app = limited()
    const body = 'x'.repeat(100)
    expect((await app.request('/upload', { method: 'POST', body })).status).toBe(200)
    expect((await app.request('/upload', { method: 'POST', body: `${body}x` })).status).toBe(413)
    expect((await app.request('/upload/', { method: 'POST', body })).status).toBe(413)
  })
})
