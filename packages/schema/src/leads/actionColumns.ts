export type ActionColumn = 'number' | 'action' | 'owner' | 'due' | 'status'

const columns: [ActionColumn, RegExp][] = [
  ['number', /^(?:no\.?|number|#|ref\.?|reference|action no\.?|id)$/i],
  [
    'action',
    /^(?:actions?(?: points?| items?| agreed| required)?|tasks?|what|details?|description)$/i,
  ],
  [
    'owner',
    /^(?:owners?|who|lead|responsible|resp\.?|responsibility|by whom|action by|assigned to|person responsible)$/i,
  ],
  ['due', /^(?:due(?: date| by)?|by|by when|when|deadline|target date|date due|timescale)$/i],
  ['status', /^(?:status|progress|state|done\??)$/i],
]

/** What a column of an action table holds, from its heading ("Who" is the owner, "By" the due date, "No." its number). */
export function actionColumnOf(heading: string): ActionColumn | undefined {
  const text = heading.replace(/[*_:]/g, '').trim()
  return columns.find(([, pattern]) => pattern.test(text))?.[0]
}

/**
 * The columns of a table's heading row when it is an action table: every heading one of the
 * five, each once, with the action and its owner or due date among them.
 */
export function readActionColumns(headings: readonly string[]): ActionColumn[] | undefined {
  const found = headings.map(actionColumnOf)
  if (found.some((column) => column === undefined)) return undefined
  const known = found as ActionColumn[]
  if (new Set(known).size !== known.length || !known.includes('action')) return undefined
  return known.includes('owner') || known.includes('due') ? known : undefined
}
