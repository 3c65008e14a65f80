import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { textOf } from '../blocks/textOf'
import { checkedDocxImport } from '../testing/checkedImport'
import { DocxImportError } from './DocxImportError'
import { importDocx } from './importDocx'

const numbering = {
  config: [
    {
      reference: 'numbers',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
        { level: 1, format: LevelFormat.BULLET, text: '•' },
      ],
    },
  ],
}

async function docxOf(
  children: (Paragraph | Table)[],
  footnotes: Record<number, { children: Paragraph[] }> = {},
): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ numbering, footnotes, sections: [{ children }] })),
  )
}

const row = (cells: string[], isHeader = false) =>
  new TableRow({
    tableHeader: isHeader,
    children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
  })

describe('importDocx', () => {
  it('reads headings, nested lists, marks, line breaks and tables through the same recognisers', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Riverside Regeneration Steering Group', heading: HeadingLevel.TITLE }),
      new Paragraph('Chair: Helen Marsh'),
      new Paragraph('Wednesday 5th March 2025'),
      new Paragraph('Present: Helen Marsh (Riverside Trust), Owen Davies'),
      new Paragraph({ text: 'Towpath works', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Owen Davies:', bold: true }),
          new TextRun(' reported that the resurfacing is '),
          new TextRun({ text: '60%', italics: true }),
          new TextRun(' complete.'),
        ],
      }),
      new Paragraph({
        text: 'Lighting columns come next.',
        numbering: { reference: 'numbers', level: 0 },
      }),
      new Paragraph({ text: 'Two in April', numbering: { reference: 'numbers', level: 1 } }),
      new Paragraph({
        text: 'Trees need a survey.',
        numbering: { reference: 'numbers', level: 0 },
      }),
      new Paragraph({
        children: [
          new TextRun('The costs so far:'),
          new TextRun({ text: 'all within budget.', break: 1 }),
        ],
      }),
      new Table({ rows: [row(['Item', 'Cost'], true), row(['Resurfacing', '£48,000'])] }),
      new Paragraph({ text: 'Actions', heading: HeadingLevel.HEADING_2 }),
      new Table({
        rows: [
          row(['Action', 'Owner', 'Due'], true),
          row(['Confirm the weekend working', 'Owen Davies', '19/03/2025']),
        ],
      }),
    ])
    const { blocks, nodesOf, person, report } = await checkedDocxImport(bytes)

    expect(blocks.map((block) => block.type)).toEqual([
      'meetingHeader',
      'meetingDetails',
      'attendanceList',
      'heading',
      'speakerSection',
      'heading',
      'actionItem',
    ])
    expect(textOf(blocks[0]?.content?.[0] ?? {})).toBe('Riverside Regeneration Steering Group')
    const [section] = nodesOf('speakerSection')
    expect(person(section?.attrs?.speakerId).name).toBe('Owen Davies')
    expect(section?.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'orderedList',
      'paragraph',
      'table',
    ])
    expect(section?.content?.[0]?.content).toContainEqual({
      type: 'text',
      text: '60%',
      marks: [{ type: 'italic' }],
    })
    const list = section?.content?.[1]
    expect(list?.content?.map((item) => item.content?.map((node) => node.type))).toEqual([
      ['paragraph', 'bulletList'],
      ['paragraph'],
    ])
    expect(section?.content?.[2]?.content?.map((node) => node.type)).toEqual([
      'text',
      'hardBreak',
      'text',
    ])
    const [action] = nodesOf('actionItem')
    expect(action?.attrs).toMatchObject({
      ownerId: section?.attrs?.speakerId,
      dueDate: '2025-03-19',
      dueLabel: '19/03/2025',
      label: 'Action | Owner | Due',
    })
    // Report lines count the document's paragraphs, list items and table rows.
    expect(report.recognised.find((entry) => entry.kind === 'actionItem')?.line).toBe(15)
  })

  it("keeps a footnote's text after the paragraph that refers to it", async () => {
    const bytes = await docxOf(
      [
        new Paragraph('Tuesday 14th October 2025'),
        new Paragraph({
          children: [
            new TextRun('2:00-3:30pm, Committee Room 9, House of Commons'),
            new FootnoteReferenceRun(1),
          ],
        }),
        new Paragraph('The meeting opened.'),
      ],
      { 1: { children: [new Paragraph('Booked in the name of Baroness Ferris')] } },
    )
    const { blocks } = await checkedDocxImport(bytes)
    expect(blocks[0]?.attrs).toMatchObject({
      place: 'Committee Room 9, House of Commons',
      bookingNote: 'booked in the name of Baroness Ferris',
    })
    expect(blocks.map((block) => block.type)).toEqual(['meetingDetails', 'paragraph'])
  })

  it('refuses an empty file, a file that is not a ZIP, a ZIP that is not a Word document and a document without text', async () => {
    const problemOf = (bytes: Uint8Array) =>
      importDocx(bytes).then(
        () => 'imported',
        (error: unknown) => (error instanceof DocxImportError ? error.problem : String(error)),
      )
    expect(await problemOf(new Uint8Array())).toBe('empty')
    expect(await problemOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]))).toBe('notDocx')
    const zip = new JSZip()
    zip.file('notes.txt', 'Not minutes')
    const notWord = await zip.generateAsync({ type: 'uint8array' })
    expect(await problemOf(notWord)).toBe('unreadable')
    await expect(importDocx(notWord)).rejects.toThrow(/could not be read as a Word document/)
    expect(await problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('unreadable')
    expect(await problemOf(await docxOf([]))).toBe('empty')
  })
})
