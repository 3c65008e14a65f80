import type { RegisterRecommendation } from '@minutes/protocol'

export type RegisterSort = 'meeting' | 'status' | 'addressee' | 'proposer'
export type RegisterGrouping = 'none' | 'meeting' | 'addressee' | 'theme'

/** How the register page shows the register: what is asked of it, all of it optional. */
export interface RegisterView {
  /** Words the recommendation's text, proposer or addressee must hold, case aside. */
  words: string
  /** A recommendation status, or '' for any. */
  status: string
  /** An addressee as written, or '' for any. */
  addressee: string
  sort: RegisterSort
  group: RegisterGrouping
  /** Leaves out recommendations marked duplicates of another. */
  hideDuplicates: boolean
}

export const wholeRegister: RegisterView = {
  words: '',
  status: '',
  addressee: '',
  sort: 'meeting',
  group: 'none',
  hideDuplicates: false,
}

export interface RegisterGroup {
  /** '' when not grouped. */
  label: string
  rows: RegisterRecommendation[]
}

export const noAddressee = 'No addressee'
export const noTheme = 'No theme'

/**
 * The rows the view asks for, sorted (the register's own order, meetings then numbers, breaks
 * ties) and grouped; a recommendation with several themes is in each of their groups.
 */
export function arrangeRegister(
  rows: readonly RegisterRecommendation[],
  view: RegisterView,
): RegisterGroup[] {
  const words = view.words.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const kept = rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => {
      if (view.hideDuplicates && row.mergedInto) return false
      if (view.status && row.status !== view.status) return false
      if (view.addressee && row.addressee !== view.addressee) return false
      const haystack = [row.text, row.proposer ?? '', row.addressee ?? '', ...row.themes]
        .join(' ')
        .toLocaleLowerCase()
      return words.every((word) => haystack.includes(word))
    })
    .sort((a, b) => compareBy(view.sort, a.row, b.row) || a.order - b.order)
    .map(({ row }) => row)
  if (view.group === 'none') return kept.length ? [{ label: '', rows: kept }] : []
  const groups = new Map<string, RegisterRecommendation[]>()
  for (const row of kept) {
    for (const label of groupLabels(view.group, row)) {
      groups.set(label, [...(groups.get(label) ?? []), row])
    }
  }
  const labels = [...groups.keys()]
  // Meetings keep the series' order; other groups are alphabetical, the "none" group last.
  if (view.group !== 'meeting') {
    labels.sort((a, b) => Number(isNone(a)) - Number(isNone(b)) || a.localeCompare(b))
  }
  return labels.map((label) => ({ label, rows: groups.get(label) ?? [] }))
}

/** The addressees the register names, for a filter's choices. */
export function addresseesIn(rows: readonly RegisterRecommendation[]): string[] {
  const named = rows.map(({ addressee }) => addressee).filter((name): name is string => !!name)
  return [...new Set(named)].sort((a, b) => a.localeCompare(b))
}

function groupLabels(group: Exclude<RegisterGrouping, 'none'>, row: RegisterRecommendation) {
  if (group === 'meeting') return [meetingLabel(row)]
  if (group === 'addressee') return [row.addressee ?? noAddressee]
  return row.themes.length ? row.themes : [noTheme]
}

export function meetingLabel({ meetingTitle, meetingDate }: RegisterRecommendation): string {
  return meetingDate ? `${meetingTitle} (${meetingDate})` : meetingTitle
}

function isNone(label: string): boolean {
  return label === noAddressee || label === noTheme
}

function compareBy(sort: RegisterSort, a: RegisterRecommendation, b: RegisterRecommendation) {
  const text = (value: string | null) => value ?? '\uffff'
  if (sort === 'status') return text(a.status).localeCompare(text(b.status))
  if (sort === 'addressee') return text(a.addressee).localeCompare(text(b.addressee))
  if (sort === 'proposer') return text(a.proposer).localeCompare(text(b.proposer))
  return 0
}
