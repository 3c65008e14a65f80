import type { JSONContent } from '@tiptap/core'
import type { ImportCounts, RecognisedBlock } from './ImportResult'

// Lists of people who were not there.
const absentKinds = new Set(['apologies', 'absent'])

/** The parts an import made, counted from the document it made (agenda items from the report, as they are headings). */
export function countRecognised(
  content: JSONContent,
  recognised: readonly RecognisedBlock[],
): ImportCounts {
  const counts: ImportCounts = {
    attendees: 0,
    apologies: 0,
    agendaItems: recognised.filter((block) => block.kind === 'agendaItem').length,
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
