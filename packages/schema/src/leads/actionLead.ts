import type { ActionStatus } from '../action-item/ActionItem'

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'open',
  inProgress: 'in progress',
  done: 'done',
  dropped: 'dropped',
}

export interface ActionTrailParts {
  /** The owner as the minutes name them, or null. */
  owner: string | null
  /** "12 March 2025", or the due date as written. */
  due: string | null
  /** "open", or the status as written. */
  status: string
}

export interface ActionTrail extends ActionTrailParts {
  /** Where the trail starts in the text. */
  index: number
}

const dueDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "A1": how minutes number an action before its text. */
export function describeActionLead(number: number): string {
  return `A${number}`
}

/** The number an action's text opens with, and the characters it takes with the space after. */
export function readActionLead(text: string): { number: number; length: number } | undefined {
  const match = /^A(\d{1,4})\s+(?=\S)/.exec(text)
  return match ? { number: Number(match[1]), length: match[0].length } : undefined
}

/** " — Daniel Frost, due 12 March 2025 (open)": who, by when and how far, after the action's text. */
export function describeActionTrail({ owner, due, status }: ActionTrailParts): string {
  const who = [owner, due && `due ${due}`].filter(Boolean).join(', ')
  return `${who ? ` — ${who}` : ''} (${status})`
}

/** The trail a text ends with, where it is one `describeActionTrail` writes. */
export function readActionTrail(text: string): ActionTrail | undefined {
  // No leading `\s*` in the pattern: tried at every space of a long run, it would take quadratic time.
  const statusMatch = /\(([^()]+)\)$/.exec(text)
  if (!statusMatch?.[1]) return undefined
  const start = text.slice(0, statusMatch.index).trimEnd().length
  const before = text.slice(0, start)
  const dash = before.lastIndexOf(' — ')
  if (dash < 0) return { owner: null, due: null, status: statusMatch[1], index: start }
  const who = before.slice(dash + 3)
  const dueAt = who.startsWith('due ') ? 0 : who.lastIndexOf(', due ')
  const owner = dueAt < 0 ? who : who.slice(0, dueAt)
  const due = dueAt < 0 ? null : who.slice(dueAt + (dueAt === 0 ? 4 : 6))
  return { owner: owner || null, due, status: statusMatch[1], index: dash }
}

/** "12 March 2025" from "2025-03-12"; anything that is not an ISO date is shown as it is. */
export function formatDueDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return value
  return dueDateFormat.format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  )
}
