import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'
import { isDelimiterRow, splitTableRow } from '../table/splitTableRow'

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const
const numbering = {
  config: [
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }],
    },
  ],
}

/** "**Present:** Ann" as runs, bold where the Markdown says so; its escapes as their characters. */
function runsOf(text: string): TextRun[] {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .split('**')
    .filter((part) => part !== '')
    .map((part, index) => new TextRun({ text: part, bold: index % 2 === 1 }))
}

/**
 * The Word document a clerk would have made of the same minutes: Markdown headings as Word
 * headings, bullets as a bulleted list, pipe tables as tables, `**bold**` as bold, each other
 * line a paragraph. Only the Markdown the corpus uses is understood.
 */
export async function markdownToDocx(source: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = []
  const lines = source.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]?.trim() ?? ''
    const heading = /^(#{1,4})\s+(.*)$/.exec(line)
    const bullet = /^[-*]\s+(.*)$/.exec(line)
    const cells = splitTableRow(line)
    if (line === '') continue
    if (heading) {
      const level = headingLevels[(heading[1]?.length ?? 1) - 1] ?? HeadingLevel.HEADING_4
      children.push(new Paragraph({ heading: level, children: runsOf(heading[2] ?? '') }))
    } else if (bullet) {
      children.push(
        new Paragraph({
          children: runsOf(bullet[1] ?? ''),
          numbering: { reference: 'bullets', level: 0 },
        }),
      )
    } else if (cells && line.startsWith('|')) {
      const rows: TableRow[] = []
      for (
        let row: string[] | undefined = cells;
        row;
        row = splitTableRow(lines[index + 1]?.trim() ?? '')
      ) {
        if (!isDelimiterRow(row)) {
          rows.push(
            new TableRow({
              tableHeader: rows.length === 0,
              children: row.map(
                (cell) => new TableCell({ children: [new Paragraph({ children: runsOf(cell) })] }),
              ),
            }),
          )
        }
        if (!lines[index + 1]?.trim().startsWith('|')) break
        index++
      }
      children.push(new Table({ rows }))
    } else {
      children.push(new Paragraph({ children: runsOf(line) }))
    }
  }
  return new Uint8Array(
    await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })),
  )
}
