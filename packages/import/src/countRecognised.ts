import type { JSONContent } from '@tiptap/core'
import type { ImportCounts } from './ImportResult'

// Lists of people who were not there.
const absentKinds = new Set(['apologies', 'absent'])

/** The parts an import made, counted from the document it made. */
export function countRecognised(content: JSONContent): ImportCounts {
  const counts: ImportCounts = {
    attendees: 0,
    apologies: 0,
    agendaItems: 0,
    speakerSections: 0,
    recommendations: 0,
    decisions: 0,
    actions: 0,
  }
  const visit = (node: JSONContent) => {
    switch (node.type) {
      case 'attendanceList': {
        const people = node.content?.length ?? 0
        if (absentKinds.has(String(node.attrs?.kind))) counts.apologies += people
        else counts.attendees += people
        break
      }
      case 'agendaItem':
        counts.agendaItems++
        break
      case 'speakerSection':
        counts.speakerSections++
        break
      case 'recommendation':
        counts.recommendations++
        break
      case 'decision':
        counts.decisions++
        break
      case 'actionItem':
        counts.actions++
        break
    }
    node.content?.forEach(visit)
  }
  visit(content)
  return counts
}
