import { type ActionColumn, readActionColumns, readActionItemAttributes } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { plainText } from '../buildInlines'
import type { RenderContext } from '../RenderContext'
import type { Block, Inline, TableCell } from '../RenderModel'
import { withLead } from '../withLead'
import { buildActionItem } from './buildActionItem'

/**
 * Actions read from one table are set out as that table again, under its headings: appends
 * the action as a row of that table, or returns false for an action that came from no table.
 */
export function appendActionRow(
  walked: Block[],
  action: ProseMirrorNode,
  context: RenderContext,
  minimumLevel: number,
): boolean {
  const { label } = readActionItemAttributes(action)
  const columns = label ? readActionColumns(label.split(' | ')) : undefined
  if (!label || !columns) return false
  let table = walked.at(-1)
  if (table?.type !== 'table' || context.actionTableLabels.get(table) !== label) {
    const headings = label.split(' | ').map((heading) => cellOf(true, [plainText(heading)]))
    table = { type: 'table', rows: [headings] }
    context.actionTableLabels.set(table, label)
    walked.push(table)
  }
  table.rows.push(actionRow(action, columns, context, minimumLevel))
  return true
}

function actionRow(
  node: ProseMirrorNode,
  columns: ActionColumn[],
  context: RenderContext,
  minimumLevel: number,
): TableCell[] {
  const action = buildActionItem(node, context, minimumLevel)
  const { ownerLabel, dueLabel, statusLabel } = readActionItemAttributes(node)
  const text = (value: string | null) => cellOf(false, value ? [plainText(value)] : [])
  return columns.map((column) => {
    if (column === 'action') {
      return {
        isHeader: false,
        colspan: 1,
        rowspan: 1,
        // A number column holds the action's number, so its cell needs no lead of its own.
        blocks: columns.includes('number') ? action.blocks : withLead(action.lead, action.blocks),
      }
    }
    if (column === 'number') return text(String(context.numberOf(node)))
    if (column === 'owner') return text(ownerLabel || action.owner?.described || null)
    if (column === 'due') return text(dueLabel || action.dueDate)
    return text(statusLabel || action.statusLabel)
  })
}

function cellOf(isHeader: boolean, content: Inline[]): TableCell {
  return { isHeader, colspan: 1, rowspan: 1, blocks: [{ type: 'paragraph', content }] }
}
