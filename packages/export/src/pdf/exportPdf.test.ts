import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { hostileScript, sampleMinutes, samplePeople } from '../testing/sampleMinutes'
import { tabledMinutes } from '../testing/tabledMinutes'
import { exportPdf } from './exportPdf'

/** The text of each page, as a reader extracting it from the PDF sees it. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    )
  }
  await document.destroy()
  return pages
}

/** Long enough to run over several pages. */
const longMinutes = sampleMinutes({
  content: {
    ...sampleMinutes().content,
    content: [
      ...(sampleMinutes().content.content ?? []),
      ...Array.from({ length: 60 }, (_, index) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Paragraph ${index + 1} of the record. `.repeat(8) }],
      })),
    ],
  },
})

describe('exportPdf', () => {
  let draft: string[]
  let approved: string[]

  beforeAll(async () => {
    draft = await pageTexts(await exportPdf(longMinutes))
    approved = await pageTexts(await exportPdf({ ...longMinutes, status: 'approved' }))
  })

  it('is a PDF of several A4 pages', async () => {
    const pdf = await exportPdf(sampleMinutes())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const document = await getDocument({ data: new Uint8Array(pdf) }).promise
    const page = await document.getPage(1)
    const [, , width, height] = page.view
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842])
    expect((await document.getMetadata()).info).toMatchObject({
      Title: 'Community Libraries APPG — 14 October 2025',
    })
    await document.destroy()
    expect(draft.length).toBeGreaterThan(2)
  })

  it('heads every page with the group, date and status, and numbers the pages', () => {
    draft.forEach((text, index) => {
      expect(text).toContain(
        'All-Party Parliamentary Group on Community Libraries — Tuesday 14th October 2025',
      )
      expect(text).toContain('Status: Draft')
      expect(text).toContain(`Page ${index + 1} of ${draft.length}`)
    })
    expect(approved[0]).toContain('Status: Approved')
  })

  it('watermarks drafts, and not approved minutes', () => {
    for (const text of draft) expect(text).toContain('DRAFT')
    for (const text of approved) expect(text).not.toContain('DRAFT')
  })

  it('shows every speaker, the numbered items and the text in the order of the HTML export', () => {
    const all = draft.join('\n').replace(/\s+/g, ' ')
    for (const person of samplePeople) expect(all).toContain(person.name)
    const inOrder = [
      'Members in attendance',
      'Dr Imogen Tate (Northfield University)',
      'Who is left offline',
      hostileScript,
      'Recommendation R1 (agreed; to: Department for Education; proposed by: Helen Marsh (Reading Rooms Network)): Libraries should be funded',
      'Recommendation R2 (proposed):',
      'Siân Pritchard (Brackenhurst County Council)',
      'D1 Resolved, That the Group write to the Minister.',
      'Question from Helen Marsh (Reading Rooms Network): How can small rural libraries offer help?',
      "Chair's summary",
      'A1 Write to the Minister with the recommendations — Daniel Frost, due 12 March 2025 (open)',
    ]
    let from = 0
    for (const text of inOrder) {
      const position = all.indexOf(text, from)
      expect(position, `"${text}" after position ${from}`).toBeGreaterThanOrEqual(0)
      from = position + text.length
    }
  })

  it('sets tables out as tables, and prints attendance notes', async () => {
    const [page] = await pageTexts(await exportPdf(tabledMinutes()))
    const text = page?.replace(/\s+/g, ' ') ?? ''
    expect(text).toMatch(/Item\s*Cost/)
    expect(text).toMatch(/Hall hire\s*£120/)
    expect(text).toMatch(/A2 Tell residents\s*All members\s*end of March\s*Complete/)
    expect(text).toContain('Mrs Carol Dunn (Clerk), 4 members of the public')
  })
})

describe('exportPdf footnotes', () => {
  it('prints each footnote at the foot of the page its mark is on', async () => {
    const filler = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Paragraph ${from + index} of the record. `.repeat(8) }],
      }))
    const noted = (words: string, note: string) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: words },
        { type: 'footnote', attrs: { text: note } },
      ],
    })
    const pages = await pageTexts(
      await exportPdf({
        title: 'Footnoted',
        status: 'circulated',
        people: [],
        exportedAt: new Date('2026-03-20T10:00:00Z'),
        content: {
          type: 'doc',
          content: [
            noted('Early words.', 'The first note, on the first page.'),
            ...filler(1, 40),
            noted('Later words.', 'The second note, further on.'),
          ],
        },
      }),
    )
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text))
    expect(pages.length).toBeGreaterThan(1)
    expect(pageOf('The first note, on the first page.')).toBe(pageOf('Early words.'))
    expect(pageOf('The second note, further on.')).toBe(pageOf('Later words.'))
    expect(pageOf('Later words.')).toBeGreaterThan(0)
  })
})
