import { describe, expect, it } from 'vitest'
import { fileNameFromDisposition } from './fileNameFromDisposition'

describe('fileNameFromDisposition', () => {
  it('prefers the exact UTF-8 name over the ASCII one, as the server sends both', () => {
    const header =
      'attachment; filename="Seance du 3 mai - proces-verbal.pdf"; filename*=UTF-8\'\'S%C3%A9ance%20du%203%20mai%20%E2%80%93%20proc%C3%A8s-verbal.pdf'
    expect(fileNameFromDisposition(header)).toBe('Séance du 3 mai – procès-verbal.pdf')
  })

  it('reads filename* wherever it stands, and in any case', () => {
    expect(fileNameFromDisposition("attachment; FILENAME*=utf-8'en'a%20b.md; filename=x.md")).toBe(
      'a b.md',
    )
  })

  it('decodes ISO-8859-1 names', () => {
    expect(fileNameFromDisposition("attachment; filename*=iso-8859-1''caf%E9.html")).toBe(
      'café.html',
    )
  })

  it('falls back to filename when filename* cannot be decoded', () => {
    expect(fileNameFromDisposition("attachment; filename=a.pdf; filename*=UTF-8''%E2%80")).toBe(
      'a.pdf',
    )
    expect(fileNameFromDisposition("attachment; filename=a.pdf; filename*=koi8-r''x.pdf")).toBe(
      'a.pdf',
    )
  })

  it('unquotes quoted names, keeping escaped quotes and semicolons', () => {
    expect(fileNameFromDisposition('attachment; filename="Say \\"hi\\"; then.docx"')).toBe(
      'Say "hi"; then.docx',
    )
  })

  it('reads unquoted tokens', () => {
    expect(fileNameFromDisposition('attachment; filename=minutes.json')).toBe('minutes.json')
  })

  it('keeps only the last path segment', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd')
    expect(fileNameFromDisposition('attachment; filename="C:\\\\temp\\\\a.md"')).toBe('a.md')
  })

  it('gives nothing when there is no usable name', () => {
    expect(fileNameFromDisposition(null)).toBeUndefined()
    expect(fileNameFromDisposition('attachment')).toBeUndefined()
    expect(fileNameFromDisposition('attachment; filename=""')).toBeUndefined()
    expect(fileNameFromDisposition('attachment; filename=".."')).toBeUndefined()
  })
})
