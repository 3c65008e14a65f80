import type { RegisterEntry, RegisterKind, RegisterStatus } from '@minutes/schema'
import { actionStatuses, recommendationStatuses } from '@minutes/schema'

export interface RegisterFilter {
  kind: RegisterKind | 'all'
  status: RegisterStatus | 'all'
  personId: string | 'all'
}

export const noFilter: RegisterFilter = { kind: 'all', status: 'all', personId: 'all' }

/** The entries that pass every part of `filter`; a status filter leaves out decisions. */
export function filterRegister(
  entries: readonly RegisterEntry[],
  filter: RegisterFilter,
): RegisterEntry[] {
  return entries.filter(
    (entry) =>
      (filter.kind === 'all' || entry.kind === filter.kind) &&
      (filter.status === 'all' || entry.status === filter.status) &&
      (filter.personId === 'all' || entry.personId === filter.personId),
  )
}

/** The statuses worth offering for a kind: its own, or the union of all. */
export function statusesFor(kind: RegisterFilter['kind']): readonly RegisterStatus[] {
  if (kind === 'recommendation') return recommendationStatuses
  if (kind === 'action') return actionStatuses
  if (kind === 'decision') return []
  return [...recommendationStatuses, ...actionStatuses]
}

/** Everyone who proposed a recommendation or owns an action, once each, by name. */
export function peopleInRegister(
  entries: readonly RegisterEntry[],
): { id: string; name: string }[] {
  const byId = new Map<string, string>()
  for (const entry of entries) {
    if (entry.personId && entry.personName) byId.set(entry.personId, entry.personName)
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}
