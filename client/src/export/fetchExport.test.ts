import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../shared/api/ApiError'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'
import { fetchExport } from './fetchExport'

vi.mock('../shared/session/handleUnauthorized', () => ({ handleUnauthorized: vi.fn() }))

const answer = (response: Response) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  )

afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

describe('fetchExport', () => {
  it('asks for the format of the document, and names the file after the format without a header', async () => {
    answer(new Response('%PDF-'))
    const file = await fetchExport('a b', 'pdf')
    expect(fetch).toHaveBeenCalledWith('/api/docs/a%20b/export?format=pdf', { signal: undefined })
    expect(file.fileName).toBe('minutes.pdf')
    expect(await file.blob.text()).toBe('%PDF-')
  })

  it("throws the server's message with its status", async () => {
    answer(Response.json({ error: 'You have no access to this document.' }, { status: 403 }))
    await expect(fetchExport('doc', 'md')).rejects.toEqual(
      new ApiError('You have no access to this document.', 403),
    )
  })

  it('describes an answer that is not JSON by its status', async () => {
    answer(new Response('<html>Bad gateway</html>', { status: 502 }))
    await expect(fetchExport('doc', 'md')).rejects.toThrow(
      'the server could not make the file (HTTP 502)',
    )
  })

  it('sends whoever is no longer signed in to sign in', async () => {
    answer(
      Response.json({ error: 'Sign in, or open your invitation link again.' }, { status: 401 }),
    )
    await expect(fetchExport('doc', 'json')).rejects.toBeInstanceOf(ApiError)
    expect(handleUnauthorized).toHaveBeenCalledOnce()
  })

  it('tells a server that cannot be reached from a cancelled export', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(fetchExport('doc', 'html')).rejects.toMatchObject({ status: 0 })
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('', 'AbortError'))),
    )
    await expect(fetchExport('doc', 'html')).rejects.toMatchObject({ name: 'AbortError' })
  })
})
