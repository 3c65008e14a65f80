import { describe, expect, it } from 'vitest'
import { isAllowedOrigin } from './isAllowedOrigin'

const publicUrl = 'https://minutes.example.org'
const request = (url: string, headers: Record<string, string>) => ({
  url,
  headers: new Headers(headers),
})

describe('isAllowedOrigin', () => {
  it('lets through callers that are not browsers (no Origin)', () => {
    expect(isAllowedOrigin(request('/sync/doc-1', {}), publicUrl)).toBe(true)
  })

  it('lets through the public origin and the origin of the host asked', () => {
    const fromPublic = request('/sync/doc-1', { origin: publicUrl, host: '10.0.0.5:8787' })
    expect(isAllowedOrigin(fromPublic, publicUrl)).toBe(true)
    const fromHost = request('/sync/doc-1', {
      origin: 'http://localhost:5173',
      host: 'localhost:5173',
    })
    expect(isAllowedOrigin(fromHost, publicUrl)).toBe(true)
    const absolute = request('http://127.0.0.1:8787/api/x', { origin: 'http://127.0.0.1:8787' })
    expect(isAllowedOrigin(absolute, publicUrl)).toBe(true)
  })

  it('refuses pages of other sites, and opaque origins', () => {
    const other = request('/sync/doc-1', {
      origin: 'https://evil.example',
      host: 'minutes.example.org',
    })
    expect(isAllowedOrigin(other, publicUrl)).toBe(false)
    const sibling = request('/sync/doc-1', { origin: 'https://minutes.example.org.evil.example' })
    expect(isAllowedOrigin(sibling, publicUrl)).toBe(false)
    expect(isAllowedOrigin(request('/sync/doc-1', { origin: 'null' }), publicUrl)).toBe(false)
  })
})
