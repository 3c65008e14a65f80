import { createRequire } from 'node:module'
import path from 'node:path'
import type pdfmakeModule from 'pdfmake'
import type {
  Content,
  ContentText,
  CustomTableLayout,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { MinutesExport } from '../MinutesExport'
import { buildRenderModel } from '../model/buildRenderModel'
import type { Block, Inline, RenderModel } from '../model/RenderModel'
import { tableGrid } from '../model/tableGrid'
import { withLead } from '../model/withLead'

// pdfmake ships Roboto as TTF files; nothing is fetched, and no other file may be read.
const fontDirectory = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
)
const font = (file: string) => path.join(fontDirectory, file)

let pdfmakeLoading: Promise<typeof pdfmakeModule> | undefined

/** pdfmake is loaded at the first PDF export: a process that exports none never holds it. */
function loadPdfmake() {
  pdfmakeLoading ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({
      Roboto: {
        normal: font('Roboto-Regular.ttf'),
        bold: font('Roboto-Medium.ttf'),
        italics: font('Roboto-Italic.ttf'),
        bolditalics: font('Roboto-MediumItalic.ttf'),
      },
    })
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDirectory + path.sep))
    return pdfmake
  })
  return pdfmakeLoading
}

/** A4 in points, with the margins of the HTML print stylesheet (20 mm, 18 mm, 22 mm); footnotes add to the foot. */
const pageMargins: [number, number, number, number] = [51, 57, 51, 62]
const ink = '#1b1b1b'
const muted = '#404040'

const styles: StyleDictionary = {
  h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 8] },
  h2: { fontSize: 14.5, bold: true, margin: [0, 14, 0, 5] },
  h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 3] },
  h4: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
  paragraph: { margin: [0, 0, 0, 6] },
  running: { fontSize: 8.5, color: muted },
}

/** A rule at the left and a pale ground: how numbered items stand out, as in the HTML. */
const calloutLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (index) => (index === 0 ? 3 : 0),
  vLineColor: () => '#4a4a4a',
  fillColor: () => '#f6f6f6',
  paddingLeft: () => 9,
  paddingRight: () => 9,
  paddingTop: () => 6,
  paddingBottom: () => 0,
}

/**
 * Print-quality minutes, laid out as the HTML export: the group, date and status at the head
 * of every page, "Page 3 of 7" at the foot, footnotes at the foot of the page their mark is on,
 * and a DRAFT watermark until they are approved.
 */
export async function exportPdf(minutes: MinutesExport): Promise<Buffer> {
  const model = buildRenderModel(minutes)
  const pdfmake = await loadPdfmake()
  const margins: [number, number, number, number] = [
    pageMargins[0],
    pageMargins[1],
    pageMargins[2],
    pageMargins[3] + footnoteRoom(model.footnotes),
  ]
  // Which page each footnote's mark lands on is known once the text is laid out: a first
  // layout finds it (the foot takes no room from the text, so the second lays out the same).
  const pages = new Map<number, number>()
  if (model.footnotes.length > 0) {
    await pdfmake.createPdf(definitionOf(model, margins, new Map(), pages)).getBuffer()
  }
  return pdfmake.createPdf(definitionOf(model, margins, pages, new Map())).getBuffer()
}

function definitionOf(
  model: RenderModel,
  margins: [number, number, number, number],
  /** Each footnote's page, from a first layout. */
  footnotePages: ReadonlyMap<number, number>,
  /** Filled with each footnote's page during this layout. */
  foundPages: Map<number, number>,
): TDocumentDefinitions {
  const content: Content[] = [
    ...model.signOffs.map((line) => ({ text: `${line}.`, style: 'running' })),
    ...blocks(model.blocks),
  ]
  markFootnoteNodes(content)
  return {
    pageSize: 'A4',
    pageMargins: margins,
    info: {
      title: model.title,
      subject: `${model.statusLabel} minutes of ${model.groupName}`,
      creator: 'Minutes',
      producer: 'Minutes',
      creationDate: model.exportedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: ink },
    styles,
    header: () => runningHeader(model),
    footer: (currentPage, pageCount) => {
      const pageNumber: Content = {
        text: `Page ${currentPage} of ${pageCount}`,
        alignment: 'center',
        style: 'running',
        margin: [0, 24, 0, 0],
      }
      const notes = model.footnotes.flatMap((text, index) =>
        footnotePages.get(index + 1) === currentPage ? [{ number: index + 1, text }] : [],
      )
      if (notes.length === 0) return pageNumber
      return {
        stack: [
          {
            canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5 }],
            margin: [margins[0], 6, 0, 3],
          },
          ...notes.map(({ number, text }) => ({
            text: [{ text: `${number} `, sup: true }, { text }],
            fontSize: footnoteFontSize,
            lineHeight: 1.1,
            margin: [margins[0], 0, margins[2], 1] as [number, number, number, number],
          })),
          { ...pageNumber, margin: [0, 8, 0, 0] as [number, number, number, number] },
        ],
      }
    },
    watermark: model.isDraft
      ? { text: 'DRAFT', color: '#9e9e9e', opacity: 0.18, bold: true }
      : undefined,
    pageBreakBefore: (node, queries) => {
      // Asked once per node, when everything before it is placed: its page is final.
      const marks = typeof node.id === 'string' ? footnoteMarksOf(node.id) : []
      for (const number of marks) foundPages.set(number, node.startPosition.pageNumber)
      // A heading never ends a page: it moves over to the text it introduces.
      return Boolean(node.headlineLevel) && queries.getFollowingNodesOnPage().length === 0
    },
    content,
  }
}

const footnoteFontSize = 8.5
const footnoteLine = footnoteFontSize * 1.1 * 1.2
const footnoteCharactersPerLine = 110

/** The room the foot of every page keeps for footnotes: as many lines as they take, up to 8. */
function footnoteRoom(footnotes: readonly string[]): number {
  if (footnotes.length === 0) return 0
  const lines = footnotes.reduce(
    (sum, text) => sum + Math.ceil((text.length + 4) / footnoteCharactersPerLine),
    0,
  )
  return Math.ceil(Math.min(lines, 8) * footnoteLine + 16)
}

const footnoteIdPrefix = 'footnotes:'

function footnoteMarksOf(id: string): number[] {
  return id.startsWith(footnoteIdPrefix)
    ? id.slice(footnoteIdPrefix.length).split(',').map(Number)
    : []
}

/** Names each text that holds footnote marks after them, so that its page can be found. */
function markFootnoteNodes(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) markFootnoteNodes(child)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const record = node as Record<string, unknown>
  if (Array.isArray(record.text)) {
    const marks = record.text.flatMap((inline: unknown) =>
      typeof inline === 'object' && inline !== null && 'footnote' in inline
        ? [(inline as { footnote: number }).footnote]
        : [],
    )
    if (marks.length > 0) record.id = `${footnoteIdPrefix}${marks.join(',')}`
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'text') markFootnoteNodes(value)
  }
}

function runningHeader(model: RenderModel): Content {
  return {
    margin: [pageMargins[0], 24, pageMargins[2], 0],
    columns: [
      {
        width: '*',
        style: 'running',
        text: [model.groupName, model.meetingDate].filter(Boolean).join(' — '),
      },
      {
        width: 'auto',
        style: 'running',
        text: [{ text: 'Status: ' }, { text: model.statusLabel, bold: true, color: ink }],
      },
    ],
  }
}

function blocks(list: Block[]): Content[] {
  return list.map(block)
}

function block(item: Block): Content {
  switch (item.type) {
    case 'heading':
      return heading(item.level, inlines(item.content))
    case 'paragraph':
      return { text: inlines(item.content), style: 'paragraph' }
    case 'list': {
      const entries = item.items.map((entry) => {
        const stacked = blocks(entry)
        return stacked.length === 1 ? stacked[0]! : { stack: stacked }
      })
      return item.ordered
        ? { ol: entries, start: item.start, margin: [0, 0, 0, 6] }
        : { ul: entries, margin: [0, 0, 0, 6] }
    }
    case 'quote':
      return { stack: blocks(item.blocks), margin: [14, 0, 0, 0], color: muted }
    case 'code':
      return { text: item.text, style: 'paragraph', preserveLeadingSpaces: true, color: muted }
    case 'rule':
      return {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 493, y2: 0, lineWidth: 0.5, lineColor: '#a0a0a0' },
        ],
        margin: [0, 4, 0, 8],
      }
    case 'table': {
      const grid = tableGrid(item.rows)
      return {
        table: {
          headerRows: item.rows[0]?.every((cell) => cell.isHeader) ? 1 : 0,
          widths: grid[0]?.map(() => '*') ?? [],
          body: grid.map((row) =>
            row.map(
              (cell): TableCell =>
                cell
                  ? {
                      stack: blocks(cell.blocks),
                      colSpan: cell.colspan,
                      rowSpan: cell.rowspan,
                      fillColor: cell.isHeader ? '#f2f2f2' : undefined,
                      bold: cell.isHeader,
                    }
                  : {},
            ),
          ),
        },
        layout: tableLayout,
        margin: [0, 2, 0, 8],
      }
    }
    case 'meetingHeader':
      return {
        stack: [
          heading(item.level, item.bodyName),
          ...item.officers.map(
            (line): Content => ({
              text: [
                { text: `${line.label}: `, bold: true },
                line.people.map((person) => person.name).join(', '),
              ],
              margin: [0, 0, 0, 2],
            }),
          ),
        ],
      }
    case 'meetingDetails':
      return { stack: item.lines.map((line) => ({ text: line })), margin: [0, 10, 0, 10] }
    case 'attendance':
      return {
        stack: [
          heading(item.level, item.heading),
          ...item.lists.flatMap((list): Content[] => [
            heading(list.level, list.label),
            {
              text: [
                ...list.people.map((person) => person.described),
                ...(list.note ? [list.note] : []),
              ].join(', '),
              style: 'paragraph',
            },
          ]),
        ],
      }
    case 'speakerSection':
      return { stack: [heading(item.level, item.speaker.described), ...blocks(item.blocks)] }
    case 'recommendation':
    case 'decision':
      return callout(withLead(item.lead, item.blocks))
    case 'actionItem':
      return callout(withLead(item.lead, item.blocks, item.trail))
    case 'questionAnswer':
      return {
        stack: [
          { stack: blocks(withLead(item.lead, item.question)), unbreakable: true },
          ...item.answers.map(
            (answer): Content => ({
              stack: blocks(withLead(answer.lead, answer.blocks)),
              margin: [18, 0, 0, 0],
            }),
          ),
        ],
        margin: [0, 4, 0, 4],
      }
    case 'chairSummary':
      return {
        stack: [heading(item.level, item.heading), ...blocks(withLead(item.lead, item.blocks))],
      }
  }
}

/** Thin grey rules between all cells, as in the HTML. */
const tableLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#c8c8c8',
  vLineColor: () => '#c8c8c8',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 0,
}

function heading(level: number, text: ContentText['text']): Content {
  return { text, style: `h${Math.min(level, 4)}`, headlineLevel: level }
}

function callout(content: Block[]): Content {
  return {
    table: { widths: ['*'], body: [[{ stack: blocks(content) }]] },
    layout: calloutLayout,
    margin: [0, 4, 0, 8],
    unbreakable: true,
  }
}

function inlines(list: Inline[]): ContentText['text'] {
  return list.map((inline) => {
    if (inline.type === 'break') return { text: '\n' }
    if (inline.type === 'footnote') {
      return { text: `${inline.number}`, sup: true, footnote: inline.number } as ContentText
    }
    const { marks } = inline
    const decoration = [
      ...(marks.underline || inline.href ? (['underline'] as const) : []),
      ...(marks.strike ? (['lineThrough'] as const) : []),
    ]
    return {
      text: inline.text,
      bold: marks.bold,
      italics: marks.italic,
      decoration: decoration.length ? decoration : undefined,
      background: marks.code ? '#eeeeee' : undefined,
      link: inline.href,
      color: inline.href ? '#0b4a8b' : undefined,
    }
  })
}
