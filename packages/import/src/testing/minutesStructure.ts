import type { CheckedImport } from './checkedImport'

/** What a corpus document holds: counts, and each action's owner and due date. */
export interface MinutesStructure {
  date: string | null
  /** The next meeting's, from the meeting details. */
  nextDate: string | null
  attendees: number
  apologies: number
  agendaItems: number
  speakerSections: number
  recommendations: number
  decisions: number
  actions: [owner: string | null, due: string | null][]
}

/** The structure an import found, in the shape of a corpus expectation: the report's own counts, so the corpus checks what the preview shows. */
export function minutesStructure(result: CheckedImport): MinutesStructure {
  const { counts } = result.report
  return {
    date: result.nodesOf('meetingDetails')[0]?.attrs?.date ?? null,
    nextDate: result.nodesOf('meetingDetails')[0]?.attrs?.nextDate ?? null,
    attendees: counts.attendees,
    apologies: counts.apologies,
    agendaItems: counts.agendaItems,
    speakerSections: counts.speakerSections,
    recommendations: counts.recommendations,
    decisions: counts.decisions,
    actions: result.nodesOf('actionItem').map((action) => {
      const owner = action.attrs?.ownerId
      return [owner ? result.person(owner).name : null, action.attrs?.dueDate ?? null]
    }),
  }
}
