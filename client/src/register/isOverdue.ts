import type { RegisterEntry } from '@minutes/schema'

/** An action still to do whose due date (yyyy-mm-dd) is before `today` (same form). */
export function isOverdue(entry: RegisterEntry, today: string): boolean {
  const isPending = entry.status === 'open' || entry.status === 'inProgress'
  return entry.kind === 'action' && isPending && entry.dueDate !== null && entry.dueDate < today
}
