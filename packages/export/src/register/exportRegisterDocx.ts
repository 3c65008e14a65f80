import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

/** A register as a table: its title, its column headings and rows of plain text. */
export interface RegisterExport {
  title: string
  columns: readonly string[]
  rows: readonly (readonly string[])[]
  /** Per row, where a link on its `linkedColumn` cell goes (absolute http(s)); null: no link. */
  links: readonly (string | null)[]
  linkedColumn: number
}

/**
 * A register (a series' recommendations) as a Word document: a heading and one table, landscape
 * A4, the header row repeated on every page. Values are text runs, never fields or markup.
 */
export async function exportRegisterDocx(register: RegisterExport): Promise<Buffer> {
  const cell = (text: string, isHeader = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })],
    })
  const linkedCell = (text: string, link: string | null) =>
    link && /^https?:\/\//.test(link)
      ? new TableCell({
          children: [
            new Paragraph({
              children: [
                new ExternalHyperlink({
                  link,
                  children: [new TextRun({ text, style: 'Hyperlink' })],
                }),
              ],
            }),
          ],
        })
      : cell(text)
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: register.columns.map((column) => cell(column, true)),
      }),
      ...register.rows.map(
        (row, index) =>
          new TableRow({
            children: row.map((value, column) =>
              column === register.linkedColumn
                ? linkedCell(value, register.links[index] ?? null)
                : cell(value),
            ),
          }),
      ),
    ],
  })
  const document = new Document({
    title: register.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: register.title }),
          ...(register.rows.length === 0
            ? [new Paragraph({ text: 'No recommendations yet.' })]
            : [table]),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
