import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  type ILevelsOptions,
  type IParagraphOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { MinutesExport } from '../MinutesExport'
import { buildRenderModel } from '../model/buildRenderModel'
import type {
  AttendanceGroup,
  Block,
  Inline,
  RenderModel,
  TableCell as TableCellBlock,
} from '../model/RenderModel'
import { withLead } from '../model/withLead'

const bulletReference = 'minutes-bullets'
const orderedReference = 'minutes-numbers'
const bookingNoteFootnote = 1
/** Word numbers footnotes in the order they appear; their ids only need to be apart from the booking note's. */
const footnoteId = (number: number) => bookingNoteFootnote + number
/** Twentieths of a point: one list level's indent, and A4 with 20 mm margins. */
const indentStep = 720
const a4 = { width: 11906, height: 16838 }
const margin = 1134

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

type BodyElement = Paragraph | Table

/** A Word document with real heading styles, list numbering, a table of attendance and footnotes. */
export async function exportDocx(minutes: MinutesExport): Promise<Buffer> {
  const model = buildRenderModel(minutes)
  const writer = new DocxWriter()
  const children = [
    ...model.signOffs.map(
      (line) => new Paragraph({ children: [new TextRun({ text: `${line}.`, size: 18 })] }),
    ),
    ...writer.blocks(model.blocks, { indent: 0 }),
  ]
  const document = new Document({
    title: model.title,
    subject: model.groupName,
    description: `${model.statusLabel} minutes`,
    creator: 'Minutes',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Calibri', size: 36, bold: true, color: '1B1B1B' } },
        heading2: {
          run: { font: 'Calibri', size: 28, bold: true, color: '1B1B1B' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: 'Calibri', size: 24, bold: true, color: '1B1B1B' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        { reference: bulletReference, levels: listLevels(['•', '◦', '▪']) },
        { reference: orderedReference, levels: listLevels(['%1.', '%2.', '%3.']) },
      ],
    },
    footnotes: {
      ...(writer.bookingNote
        ? { [bookingNoteFootnote]: { children: [new Paragraph(writer.bookingNote)] } }
        : {}),
      ...Object.fromEntries(
        model.footnotes.map((text, index) => [
          footnoteId(index + 1),
          { children: [new Paragraph(text)] },
        ]),
      ),
    },
    sections: [
      {
        properties: {
          page: {
            size: a4,
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        headers: { default: new Header({ children: [runningHeader(model)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}

interface Context {
  /** Left indent, in list levels, for blocks inside lists, answers and quotes. */
  indent: number
  /** Inside a numbered item (recommendation, decision, action): ruled at the left, kept whole. */
  isCallout?: boolean
}

const calloutBorder = {
  left: { style: BorderStyle.SINGLE, size: 18, color: '4A4A4A', space: 8 },
} as const

class DocxWriter {
  /** The meeting's booking note, moved from the details into a footnote. */
  bookingNote: string | undefined
  private listInstance = 0

  blocks(blocks: Block[], context: Context): BodyElement[] {
    return blocks.flatMap((block) => this.block(block, context))
  }

  private block(block: Block, context: Context): BodyElement[] {
    switch (block.type) {
      case 'heading':
        return [heading(block.level, inlineRuns(block.content))]
      case 'paragraph':
        return [paragraph(context, { children: inlineRuns(block.content) })]
      case 'list':
        return this.list(block, context, 0)
      case 'quote':
        return this.blocks(block.blocks, { ...context, indent: context.indent + 1 })
      case 'code':
        return [
          paragraph(context, {
            children: block.text
              .split('\n')
              .map(
                (line, index) =>
                  new TextRun({ text: line, font: 'Consolas', break: index > 0 ? 1 : 0 }),
              ),
          }),
        ]
      case 'rule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A0A0A0', space: 1 } },
          }),
        ]
      case 'table':
        return [this.table(block.rows), new Paragraph({ spacing: { after: 0 } })]
      case 'meetingHeader':
        return [
          heading(block.level, [new TextRun(block.bodyName)]),
          ...block.officers.map(
            (line) =>
              new Paragraph({
                spacing: { after: 40 },
                children: [
                  new TextRun({ text: `${line.label}: `, bold: true }),
                  new TextRun(line.people.map((person) => person.name).join(', ')),
                ],
              }),
          ),
        ]
      case 'meetingDetails':
        return this.meetingDetails(block.lines, block.bookingNote)
      case 'attendance':
        // An empty paragraph after the table keeps the next text from touching its border.
        return [
          heading(block.level, [new TextRun(block.heading)]),
          attendanceTable(block.lists),
          new Paragraph({ spacing: { after: 0 } }),
        ]
      case 'speakerSection':
        return [
          heading(block.level, [new TextRun(block.speaker.described)]),
          ...this.blocks(block.blocks, context),
        ]
      case 'recommendation':
      case 'decision':
        return this.blocks(withLead(block.lead, block.blocks), { ...context, isCallout: true })
      case 'actionItem':
        return this.blocks(withLead(block.lead, block.blocks, block.trail), {
          ...context,
          isCallout: true,
        })
      case 'questionAnswer':
        return [
          ...this.blocks(withLead(block.lead, block.question), context),
          ...block.answers.flatMap((answer) =>
            this.blocks(withLead(answer.lead, answer.blocks), {
              ...context,
              indent: context.indent + 1,
            }),
          ),
        ]
      case 'chairSummary':
        return [
          heading(block.level, [new TextRun(block.heading)]),
          ...this.blocks(withLead(block.lead, block.blocks), context),
        ]
    }
  }

  /** A ruled table; a heading row repeats on every page it runs onto. */
  private table(rows: TableCellBlock[][]): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: tableBorders,
      rows: rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.every((cell) => cell.isHeader) || undefined,
            children: row.map(
              (cell) =>
                new TableCell({
                  columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
                  rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
                  shading: cell.isHeader ? { fill: 'F2F2F2' } : undefined,
                  children: this.cellBlocks(cell.blocks),
                }),
            ),
          }),
      ),
    })
  }

  /** A cell starts afresh, unindented, and holds at least one paragraph, as Word requires. */
  private cellBlocks(blocks: Block[]): BodyElement[] {
    const elements = this.blocks(blocks, { indent: 0 })
    return elements.length > 0 ? elements : [new Paragraph('')]
  }

  /** The details as printed, save the booking note, which becomes a footnote to the place. */
  private meetingDetails(lines: string[], bookingNote: string | null): Paragraph[] {
    const noteLine = bookingNote ? `(${bookingNote})` : undefined
    const shown = lines.filter((line) => line !== noteLine)
    const noteAfter = noteLine ? lines.indexOf(noteLine) - 1 : -1
    if (noteAfter >= 0 && bookingNote) this.bookingNote = capitalise(bookingNote)
    return shown.map(
      (line, index) =>
        new Paragraph({
          spacing: { after: index === shown.length - 1 ? 240 : 0 },
          children: [
            new TextRun(line),
            ...(index === noteAfter ? [new FootnoteReferenceRun(bookingNoteFootnote)] : []),
          ],
        }),
    )
  }

  private list(
    list: Extract<Block, { type: 'list' }>,
    context: Context,
    level: number,
  ): BodyElement[] {
    const reference = list.ordered ? orderedReference : bulletReference
    const instance = ++this.listInstance
    const elements: BodyElement[] = []
    for (const item of list.items) {
      item.forEach((block, index) => {
        if (block.type === 'list') {
          elements.push(...this.list(block, context, level + 1))
        } else if (index === 0 && block.type === 'paragraph') {
          elements.push(
            paragraph(
              { ...context, indent: 0 },
              {
                numbering: { reference, level, instance },
                spacing: { after: 40 },
                children: inlineRuns(block.content),
              },
            ),
          )
        } else {
          elements.push(...this.blocks([block], { ...context, indent: context.indent + level + 1 }))
        }
      })
    }
    return elements
  }
}

/** A body paragraph placed as its context asks: indented, or ruled and kept with the next. */
function paragraph(context: Context, options: IParagraphOptions): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    indent: context.indent ? { left: context.indent * indentStep } : undefined,
    ...(context.isCallout ? { border: calloutBorder, keepLines: true } : {}),
    ...options,
  })
}

function heading(level: number, children: ParagraphChild[]): Paragraph {
  return new Paragraph({ heading: headingLevels[level - 1], children })
}

function inlineRuns(inlines: Inline[]): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.type === 'break') return new TextRun({ break: 1 })
    if (inline.type === 'footnote') return new FootnoteReferenceRun(footnoteId(inline.number))
    const { marks } = inline
    const run = new TextRun({
      text: inline.text,
      bold: marks.bold,
      italics: marks.italic,
      underline: marks.underline ? {} : undefined,
      strike: marks.strike,
      font: marks.code ? 'Consolas' : undefined,
      style: inline.href ? 'Hyperlink' : undefined,
    })
    return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run
  })
}

const tableBorder = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' }
const tableBorders = {
  top: tableBorder,
  bottom: tableBorder,
  left: tableBorder,
  right: tableBorder,
  insideHorizontal: tableBorder,
  insideVertical: tableBorder,
}

function attendanceTable(lists: AttendanceGroup[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2600, a4.width - 2 * margin - 2600],
    borders: tableBorders,
    rows: lists.map(
      (list) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              children: [
                new Paragraph({ children: [new TextRun({ text: list.label, bold: true })] }),
              ],
            }),
            new TableCell({
              children: [
                new Paragraph(
                  [
                    ...list.people.map((person) => person.described),
                    ...(list.note ? [list.note] : []),
                  ].join(', '),
                ),
              ],
            }),
          ],
        }),
    ),
  })
}

function runningHeader(model: RenderModel): Paragraph {
  const parts = [model.groupName, model.meetingDate].filter(Boolean).join(' — ')
  return new Paragraph({
    children: [
      new TextRun({ text: parts, size: 18, color: '404040' }),
      new TextRun({ text: `\tStatus: ${model.statusLabel}`, size: 18, bold: true }),
    ],
    tabStops: [{ type: 'right', position: a4.width - 2 * margin }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
  })
}

/** Bullets or numbers at each of nine levels, indented one step per level. */
function listLevels(texts: string[]): ILevelsOptions[] {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]
  const isBullet = texts[0] === '•'
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: isBullet ? LevelFormat.BULLET : formats[level % 3],
    text: isBullet ? texts[level % 3] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: indentStep * (level + 1), hanging: 360 } },
    },
  }))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
