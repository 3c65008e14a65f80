import { importDocx, importMinutes } from '@minutes/import'
import { appgShapedMinutes, externalFixtureTitle } from '@minutes/import/testing/fixtures'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { hostileScript, sampleMinutes } from '../testing/sampleMinutes'
import { structureOf } from '../testing/structureOf'
import { tabledMinutes } from '../testing/tabledMinutes'
import { exportDocx } from './exportDocx'

describe('exportDocx', () => {
  let docx: Buffer
  let zip: JSZip
  let html: string
  let documentXml: string

  beforeAll(async () => {
    docx = await exportDocx(sampleMinutes())
    zip = await JSZip.loadAsync(docx)
    documentXml = await zip.file('word/document.xml')!.async('string')
    const converted = await mammoth.convertToHtml({ buffer: docx })
    html = converted.value
  })

  it('opens in a DOCX reader with Word heading styles in order', () => {
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\d>/g)].map(
      ([, level, text]) => `h${level} ${text}`,
    )
    expect(headings).toEqual([
      'h1 All-Party Parliamentary Group on Community Libraries',
      'h2 Attendance',
      'h2 1. Welcome',
      'h2 2. Evidence on digital exclusion <a href="https://example.org/appg/papers/digital-exclusion">Paper 14</a>',
      'h3 Dr Imogen Tate (Northfield University)',
      'h4 Who is left offline',
      'h3 Siân Pritchard (Brackenhurst County Council)',
      "h2 Chair's summary",
    ])
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>')
  })

  it('writes lists with numbering definitions: bullets, and decimals that restart', async () => {
    const numbering = await zip.file('word/numbering.xml')!.async('string')
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/)
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%1\."\/>/)
    // Every list paragraph points at a numbering instance that numbering.xml defines.
    const numIds = new Set([...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]))
    expect(numIds.size).toBeGreaterThan(1)
    for (const numId of numIds) expect(numbering).toContain(`<w:num w:numId="${numId}"`)

    expect(html).toContain('<ul><li>Older people living alone.</li>')
    expect(html).toMatch(
      /<ol><li>Lend devices\.<\/li><li>Fund staff time\.<ul><li>For three years\.<\/li><\/ul><\/li><\/ol>/,
    )
  })

  it('numbers recommendations, decisions and actions with their status', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: docx })
    expect(text).toContain(
      'Recommendation R1 (agreed; to: Department for Education; proposed by: Helen Marsh (Reading Rooms Network)): Libraries should be funded to lend devices and data.',
    )
    expect(text).toContain('Recommendation R2 (proposed): Publish which forms')
    expect(text).toContain('D1 Resolved, That the Group write to the Minister.')
    expect(text).toContain(
      'A1 Write to the Minister with the recommendations — Daniel Frost, due 12 March 2025 (open)',
    )
    expect(text).toContain(
      'Question from Helen Marsh (Reading Rooms Network): How can small rural libraries offer help?',
    )
    expect(text).toContain(
      'Siân Pritchard (Brackenhurst County Council): answered that volunteers now run sessions.',
    )
    expect(text).toContain(hostileScript)
  })

  it('sets attendance out as a table', () => {
    expect(html).toContain(
      '<table><tr><td><p><strong>Members in attendance</strong></p></td><td><p>Baroness Ferris of Coldwater, Cara Whitlock MP</p></td></tr>',
    )
    expect(html).toContain('<td><p><strong>Apologies</strong></p></td>')
  })

  it('moves the booking note into a footnote on the time and place', async () => {
    const footnotes = await zip.file('word/footnotes.xml')!.async('string')
    expect(footnotes).toContain('Booked in the name of Baroness Ferris of Coldwater')
    expect(html).toMatch(
      /2:00-3:30pm, Committee Room 9, House of Commons<sup><a href="#footnote-1"/,
    )
    expect(html).not.toContain('(booked in the name')
  })

  it('links only to safe targets', async () => {
    const relationships = await zip.file('word/_rels/document.xml.rels')!.async('string')
    expect(relationships).toContain('Target="https://example.org/report"')
    expect(relationships).toContain('Target="mailto:clerk@example.org"')
    expect(relationships).not.toContain('javascript:')
    expect(html).toContain('click here')
  })

  it('carries the title, status and page numbers', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:title>Community Libraries APPG — 14 October 2025</dc:title>')
    const headerFile = Object.keys(zip.files).find((name) => /^word\/header\d*\.xml$/.test(name))!
    const header = await zip.file(headerFile)!.async('string')
    expect(header).toContain('Status: Draft')
    expect(header).toContain('Tuesday 14th October 2025')
    const footerFile = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!
    const footer = await zip.file(footerFile)!.async('string')
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/)
  })

  for (const { title, source } of appgShapedMinutes()) {
    it.skipIf(source === undefined)(
      externalFixtureTitle(`reads back through importDocx as the same minutes (${title})`, source),
      async () => {
        const imported = importMinutes(source ?? '', { format: 'text' })
        const exported = await exportDocx({
          title: 'APPG for Children — 6 May 2014',
          status: 'draft',
          content: imported.content,
          people: imported.people,
        })
        const reimported = await importDocx(new Uint8Array(exported))
        expect(structureOf(reimported.content, reimported.people)).toEqual(
          structureOf(imported.content, imported.people),
        )
      },
    )
  }

  it('sets tables out as Word tables with a heading row, and reads them back the same', async () => {
    const minutes = tabledMinutes()
    const exported = await exportDocx(minutes)
    const { value } = await mammoth.convertToHtml({ buffer: exported })
    expect(value).toContain(
      '<table><thead><tr><th><p>Item</p></th><th><p>Cost</p></th></tr></thead><tbody><tr><td><p><strong>Hall</strong> hire</p></td><td><p>£120</p></td></tr>',
    )
    expect(value).toContain('<td><p>Mrs Carol Dunn (Clerk), 4 members of the public</p></td>')
    const reimported = await importDocx(new Uint8Array(exported))
    expect(structureOf(reimported.content, reimported.people)).toEqual(
      structureOf(minutes.content, minutes.people),
    )
  })
})
