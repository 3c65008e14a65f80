import { workflowStatuses } from '@minutes/permissions'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { hostileScript, sampleMinutes } from '../testing/sampleMinutes'
import { tabledMinutes } from '../testing/tabledMinutes'
import { exportHtml } from './exportHtml'

function parse(html: string): Document {
  const window = new Window()
  window.document.write(html)
  return window.document as unknown as Document
}

const texts = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim())

describe('exportHtml', () => {
  const document = parse(exportHtml(sampleMinutes()))

  it('is a standalone British English page with a main landmark and the title', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB')
    expect(document.querySelectorAll('main')).toHaveLength(1)
    expect(document.title).toBe('Community Libraries APPG — 14 October 2025')
    expect(document.querySelectorAll('link[rel="stylesheet"], script')).toHaveLength(0)
  })

  it('has one h1 and never skips a heading level', () => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
      Number(heading.tagName.slice(1)),
    )
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    expect(levels[0]).toBe(1)
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1)
    })
    expect(texts(document, 'h1')).toEqual(['All-Party Parliamentary Group on Community Libraries'])
    expect(texts(document, 'h2')).toEqual([
      'Attendance',
      '1. Welcome',
      '2. Evidence on digital exclusion Paper 14',
      "Chair's summary",
    ])
    // The speakers heard under item 2 sit below its heading; the speaker's own h4 below theirs.
    expect(texts(document, '.speaker-section h3')).toEqual([
      'Dr Imogen Tate (Northfield University)',
      'Siân Pritchard (Brackenhurst County Council)',
    ])
    expect(texts(document, '.speaker-section h4')).toEqual(['Who is left offline'])
  })

  it('lists attendance semantically, one list per kind', () => {
    expect(texts(document, '.attendance h3')).toEqual([
      'Members in attendance',
      'Speakers',
      'Apologies',
    ])
    expect(texts(document, '.attendance ul.people li')).toEqual([
      'Baroness Ferris of Coldwater',
      'Cara Whitlock MP',
      'Dr Imogen Tate (Northfield University)',
      'Siân Pritchard (Brackenhurst County Council)',
      'Lord Pennington of Aldwick',
    ])
  })

  it('numbers recommendations, decisions and actions, with their status in words', () => {
    expect(texts(document, '.recommendation p')).toEqual([
      'Recommendation R1 (agreed; to: Department for Education; proposed by: Helen Marsh (Reading Rooms Network)): Libraries should be funded to lend devices and data.',
      'Recommendation R2 (proposed): Publish which forms are hardest to complete offline.',
    ])
    expect(texts(document, '.decision p')).toEqual([
      'D1 Resolved, That the Group write to the Minister.',
    ])
    expect(texts(document, '.action-item p')).toEqual([
      'A1 Write to the Minister with the recommendations — Daniel Frost, due 12 March 2025 (open)',
    ])
  })

  it('shows questions with their asker and each answer with its speaker', () => {
    expect(texts(document, '.question p')).toEqual([
      'Question from Helen Marsh (Reading Rooms Network): How can small rural libraries offer help?',
    ])
    expect(texts(document, '.answer p')).toEqual([
      'Siân Pritchard (Brackenhurst County Council): answered that volunteers now run sessions.',
      'Dr Imogen Tate (Northfield University): added that mobile libraries carry devices.',
    ])
  })

  it('escapes text, so a script in the minutes is only text', () => {
    expect(document.querySelectorAll('script')).toHaveLength(0)
    expect(document.body.textContent).toContain(hostileScript)
  })

  it('links only to http, https and mailto; anything else stays plain text', () => {
    const hrefs = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual([
      'https://example.org/appg/papers/digital-exclusion',
      'https://example.org/report',
      'mailto:clerk@example.org',
    ])
    expect(document.body.textContent).toContain('click here')
  })

  it('uses system fonts and an A4 print stylesheet that keeps blocks whole', () => {
    const css = document.querySelector('style')?.textContent ?? ''
    expect(css).toContain('font-family: system-ui')
    expect(css).not.toMatch(/@font-face|@import|url\(/)
    expect(css).toMatch(/@media print[\s\S]*@page \{ size: A4;/)
    expect(css).toMatch(/\.recommendation[^{]*\{ break-inside: avoid/)
  })

  it('names the status in text beside its colour, and marks drafts only', () => {
    expect(texts(document, '.document-status')).toEqual(['Status: Draft'])
    expect(document.querySelectorAll('.watermark')).toHaveLength(1)
    const approved = parse(exportHtml(sampleMinutes({ status: 'approved' })))
    expect(texts(approved, '.document-status')).toEqual(['Status: Approved'])
    expect(approved.querySelectorAll('.watermark')).toHaveLength(0)
  })

  it.each(workflowStatuses)('gives the %s badge a contrast of at least 4.5:1', (status) => {
    const page = parse(exportHtml(sampleMinutes({ status })))
    const badge = page.querySelector('.badge')!
    expect(badge.classList.contains(`badge-${status}`)).toBe(true)
    const css = page.querySelector('style')?.textContent ?? ''
    const rule = new RegExp(`\\.badge-${status} \\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    const colour = /(?:^|[\s;])color: (#[0-9a-f]{6})/i.exec(rule)?.[1]
    const background = /background-color: (#[0-9a-f]{6})/i.exec(rule)?.[1]
    expect(colour && background).toBeTruthy()
    expect(contrastRatio(colour!, background!)).toBeGreaterThanOrEqual(4.5)
  })

  it('sets tables out with column headers, and actions read from one as that table', () => {
    const tabled = parse(exportHtml(tabledMinutes()))
    const [costs, actions] = [...tabled.querySelectorAll('table')]
    expect(
      [...(costs?.querySelectorAll('th[scope="col"]') ?? [])].map((th) => th.textContent),
    ).toEqual(['Item', 'Cost'])
    expect(costs?.querySelector('td strong')?.textContent).toBe('Hall')
    expect([...(actions?.querySelectorAll('tr') ?? [])].map((row) => row.textContent)).toEqual([
      'ActionWhoByStatus',
      'A1 Report the potholeMrs Carol Dunn14 March 2025open',
      'A2 Tell residentsAll membersend of MarchComplete',
    ])
    expect(texts(tabled, '.attendance-note')).toEqual(['4 members of the public'])
    expect(texts(tabled, '.people li')).toContain('Cllr Margaret Hale (Chair)')
    expect(texts(tabled, '.meeting-details p')).toEqual(['3 March 2025', '7:30pm, Village Hall'])
  })

  it('keeps merged cells merged', () => {
    const cell = {
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Both' }] }],
    }
    const html = exportHtml(
      sampleMinutes({
        content: {
          type: 'doc',
          content: [
            {
              type: 'table',
              content: [
                { type: 'tableRow', content: [{ ...cell, attrs: { colspan: 2, rowspan: 1 } }] },
              ],
            },
          ],
        },
      }),
    )
    expect(html).toContain('<td colspan="2"><p>Both</p></td>')
  })
})

/** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ]
  return (lighter + 0.05) / (darker + 0.05)
}

function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}
