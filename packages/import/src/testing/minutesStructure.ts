import type { CheckedImport } from './checkedImport'

/** What a corpus document holds: counts, and each action's owner and due date. */
export interface MinutesStructure {
  date: string | null
  attendees: number
  apologies: number
  agendaItems: number
  speakerSections: number
  recommendations: number
  decisions: number
  actions: [owner: string | null, due: string | null][]
}

/** The structure an import found, in the shape of a corpus expectation. */
export function minutesStructure(result: CheckedImport): MinutesStructure {
  const listed = (absent: boolean) =>
    result
      .nodesOf('attendanceList')
      .filter((list) => ['apologies', 'absent'].includes(String(list.attrs?.kind)) === absent)
      .reduce((count, list) => count + (list.content?.length ?? 0), 0)
  return {
    date: result.nodesOf('meetingDetails')[0]?.attrs?.date ?? null,
    attendees: listed(false),
    apologies: listed(true),
    agendaItems: result.report.recognised.filter((entry) => entry.kind === 'agendaItem').length,
    speakerSections: result.nodesOf('speakerSection').length,
    recommendations: result.nodesOf('recommendation').length,
    decisions: result.nodesOf('decision').length,
    actions: result.nodesOf('actionItem').map((action) => {
      const owner = action.attrs?.ownerId
      return [owner ? result.person(owner).name : null, action.attrs?.dueDate ?? null]
    }),
  }
}
