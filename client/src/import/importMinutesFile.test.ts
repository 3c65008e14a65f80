import { maxImportBytes } from '@minutes/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../shared/api/ApiError'
import { createFromImport, importAccept, isImportable, previewImport } from './importMinutesFile'

afterEach(() => vi.unstubAllGlobals())

const report = {
  counts: {
    attendees: 0,
    apologies: 0,
    agendaItems: 0,
    speakerSections: 0,
    recommendations: 0,
    decisions: 0,
    actions: 0,
  },
  recognised: [{ kind: 'meetingHeader', label: 'APPG', line: 1 }],
  unrecognised: [],
}

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('importMinutesFile', () => {
  const file = new File(['APPG for Children\n'], 'minutes.txt', { type: 'text/plain' })

  it('previews without creating: the file and title as form fields, ?preview=true', async () => {
    const fetch = stubFetch(200, { title: 'APPG', report })
    await expect(previewImport(file, { title: '  Children  ' })).resolves.toEqual({
      title: 'APPG',
      report,
    })
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/docs/import?preview=true')
    const body = init.body as FormData
    expect((body.get('file') as File).name).toBe('minutes.txt')
    expect(body.get('title')).toBe('Children')
  })

  it('creates, leaving the title to the server when none is given', async () => {
    const fetch = stubFetch(201, { id: 'abc', title: 'APPG', report })
    await expect(createFromImport(file)).resolves.toMatchObject({ id: 'abc' })
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/docs/import')
    expect((init.body as FormData).has('title')).toBe(false)
  })

  it('passes the server’s message on as it is', async () => {
    stubFetch(415, { error: '"minutes.txt" is not UTF-8 text.' })
    await expect(previewImport(file)).rejects.toEqual(
      new ApiError('"minutes.txt" is not UTF-8 text.', 415),
    )
  })

  it('passes on the server’s message for a broken Word file', async () => {
    const docx = new File([new Uint8Array([80, 75, 3, 4])], 'minutes.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    })
    stubFetch(422, { error: '"minutes.docx" is not a Word file that can be read.' })
    await expect(previewImport(docx)).rejects.toEqual(
      new ApiError('"minutes.docx" is not a Word file that can be read.', 422),
    )
  })

  it('says what went wrong when a refusal comes without a message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Bad gateway', { status: 422 })),
    )
    await expect(previewImport(file)).rejects.toEqual(
      new ApiError(
        '"minutes.txt" could not be read as a Word document. Open it in Word, save it again and retry.',
        422,
      ),
    )
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 415 })),
    )
    await expect(previewImport(file)).rejects.toMatchObject({
      status: 415,
      message: expect.stringContaining('Word (.docx), text (.txt) or Markdown (.md)'),
    })
  })

  it('refuses a file over 5 MiB before uploading it', async () => {
    const fetch = stubFetch(200, {})
    const large = new File([new Uint8Array(maxImportBytes + 1)], 'big.txt')
    await expect(previewImport(large)).rejects.toMatchObject({ status: 413 })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(previewImport(file)).rejects.toMatchObject({ status: 0 })
  })
})

describe('isImportable', () => {
  const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

  it('takes Word, text and Markdown files, by name or by type', () => {
    expect(isImportable(new File(['x'], 'Minutes.DOCX'))).toBe(true)
    expect(isImportable(new File(['x'], 'minutes', { type: docxType }))).toBe(true)
    expect(isImportable(new File(['x'], 'minutes.txt'))).toBe(true)
    expect(isImportable(new File(['x'], 'minutes.md'))).toBe(true)
    expect(isImportable(new File(['x'], 'minutes.markdown'))).toBe(true)
    expect(isImportable(new File(['x'], 'notes', { type: 'text/plain' }))).toBe(true)
  })

  it('turns away other files', () => {
    expect(isImportable(new File(['x'], 'minutes.doc', { type: 'application/msword' }))).toBe(false)
    expect(isImportable(new File(['x'], 'photo.png', { type: 'image/png' }))).toBe(false)
    expect(isImportable(new File(['x'], 'minutes.pdf'))).toBe(false)
  })

  it('is what the file input accepts', () => {
    expect(importAccept.split(',')).toEqual(
      expect.arrayContaining(['.docx', docxType, '.txt', '.md', 'text/plain', 'text/markdown']),
    )
  })
})
