// @vitest-environment happy-dom
import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../docx/exportDocx'
import { exportHtml } from '../html/exportHtml'
import { exportMarkdown } from '../markdown/exportMarkdown'
import { describeSignOffs } from '../model/describeSignOffs'
import { exportPdf } from '../pdf/exportPdf'
import { hostileScript, sampleMinutes } from './sampleMinutes'

const published = sampleMinutes({
  status: 'published',
  approved: { by: 'Ada Clerk', at: '2026-12-03T10:15:00.000Z' },
  published: { by: `Bob *O'Brien* ${hostileScript}`, at: '2026-12-04T09:00:00.000Z' },
})
const approvedLine = 'Approved by Ada Clerk on 3 December 2026'
const publishedLine = `Published by Bob *O'Brien* ${hostileScript} on 4 December 2026`

describe('who approved and published the minutes, in every export', () => {
  it('is worded with the date, and leaves out a time that does not read as one', () => {
    expect(describeSignOffs(published)).toEqual([approvedLine, publishedLine])
    expect(describeSignOffs(sampleMinutes())).toEqual([])
    expect(
      describeSignOffs(sampleMinutes({ approved: { by: 'Ada Clerk', at: 'not a time' } })),
    ).toEqual(['Approved by Ada Clerk'])
  })

  it('HTML: in the header, as text', () => {
    const page = new DOMParser().parseFromString(exportHtml(published), 'text/html')
    const lines = [...page.querySelectorAll('header .sign-off')].map((line) => line.textContent)
    expect(lines).toEqual([`${approvedLine}.`, `${publishedLine}.`])
    expect(page.querySelectorAll('script')).toHaveLength(0)
    expect(exportHtml(sampleMinutes())).not.toContain('sign-off"')
  })

  it('Markdown: first, with its markup escaped', () => {
    const markdown = exportMarkdown(published)
    expect(
      markdown.startsWith(`_${approvedLine}._\n\n_Published by Bob \\*O'Brien\\* \\<script>`),
    ).toBe(true)
  })

  it('DOCX: at the top of the body, with its markup escaped', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(published))
    const body = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(body.indexOf(`${approvedLine}.`)).toBeGreaterThan(0)
    expect(body).toContain('&lt;script&gt;')
    expect(body).not.toContain(hostileScript)
  })

  it('PDF: on the first page', async () => {
    const pdf = await getDocument({ data: new Uint8Array(await exportPdf(published)) }).promise
    const content = await (await pdf.getPage(1)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
    await pdf.destroy()
    expect(text).toContain(approvedLine)
    expect(text).toContain('Published by Bob')
  })
})
