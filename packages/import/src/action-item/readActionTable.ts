import { type ActionColumn, readActionLead } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { itemLabel } from '../blocks/itemLabel'
import { textOf } from '../blocks/textOf'
import { withoutLeadingText } from '../blocks/withoutLeadingText'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { cellParagraphs } from '../table/cellParagraphs'
import type { PipeTable } from '../table/readPipeTable'
import { readActionParts } from './readActionParts'

/**
 * Each row of an action table as an action item: its owner, due date and status from their
 * cells, and the table's headings as its label, so that no word of the table is lost and the
 * exports can set the actions out as that table again.
 */
export function readActionTable(
  context: ImportContext,
  table: PipeTable,
  columns: readonly ActionColumn[],
): JSONContent[] {
  const label = table.header.map((cell) => plainText(cell)).join(' | ')
  return table.rows.flatMap(({ cells, index }) => {
    if (cells.every((cell) => cell === '')) return []
    const cell = (column: ActionColumn) => {
      const at = columns.indexOf(column)
      return at < 0 ? '' : (cells[at] ?? '')
    }
    const written = oneParagraph(cellParagraphs(cell('action'), context.format))
    const lead = readActionLead(textOf(written))
    const numbered =
      lead?.number === context.actions + 1 ? withoutLeadingText(written, lead.length) : written
    // The running number ("3") is the action's own; any other reference ("A3", "TB 25/041")
    // stays as the first words of the action.
    const reference = plainText(cell('number')).trim()
    const isRunning = reference.replace(/\.$/, '') === String(context.actions + 1)
    const action =
      reference === '' || isRunning
        ? numbered
        : {
            ...numbered,
            content: [{ type: 'text', text: `${reference} ` }, ...(numbered.content ?? [])],
          }
    context.actions++
    const parts = readActionParts(context, {
      owner: plainText(cell('owner')),
      due: plainText(cell('due')),
      status: plainText(cell('status')),
    })
    context.recognise('actionItem', itemLabel(action), index)
    return [{ type: 'actionItem', attrs: { ...parts, label }, content: [action] }]
  })
}

/** An action holds one paragraph: a cell's lines are kept as line breaks in it. */
function oneParagraph(paragraphs: JSONContent[]): JSONContent {
  const content = paragraphs.flatMap((paragraph, index) => [
    ...(index > 0 ? [{ type: 'hardBreak' }] : []),
    ...(paragraph.content ?? []),
  ])
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}
