import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, requestsForEveryRoute, type TestApp } from '../testing/createTestApp'

let testApp: TestApp
const documentId = 'abcdefghij12345'

beforeEach(async () => {
  testApp = createTestApp()
  await testApp.store.createDocument({ id: documentId, title: 'Board' })
})
afterEach(() => testApp.close())

describe('security headers', () => {
  it('forbids framing and sniffing on every response of every route, signed in or not', async () => {
    const requests = requestsForEveryRoute(testApp.app, documentId)
    expect(requests.length).toBeGreaterThan(20)
    for (const { method, path } of requests) {
      const asAdmin: Record<string, string> = { authorization: `Bearer ${testApp.adminToken}` }
      for (const headers of [{}, asAdmin]) {
        const response = await testApp.app.request(path, { method, headers })
        const name = `${method} ${path} (${response.status})`
        expect(response.headers.get('content-security-policy'), name).toContain(
          "frame-ancestors 'none'",
        )
        expect(response.headers.get('x-frame-options'), name).toBe('DENY')
        expect(response.headers.get('x-content-type-options'), name).toBe('nosniff')
        expect(response.headers.get('referrer-policy'), name).toMatch(/^(same-origin|no-referrer)$/)
      }
    }
  })

  it('lets the built client load its own scripts and styles and reach its own server only', async () => {
    const policy = (await testApp.app.request('/d/abc')).headers.get('content-security-policy')
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("form-action 'self'")
  })
})
