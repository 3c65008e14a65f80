import type { SearchKind } from '@minutes/protocol'

/** What each kind of block is called in the search box: the filter's choices and each result's label. */
export const searchKindLabels: Readonly<Record<SearchKind, string>> = {
  speakerSection: 'Speaker section',
  question: 'Question',
  answer: 'Answer',
  recommendation: 'Recommendation',
  decision: 'Decision',
  actionItem: 'Action',
  agendaItem: 'Agenda item',
  chairSummary: 'Chair’s summary',
  meetingHeader: 'Header',
  meetingDetails: 'Meeting details',
  attendanceList: 'Attendance',
  paragraph: 'Paragraph',
  heading: 'Heading',
  bulletList: 'List',
  orderedList: 'Numbered list',
  blockquote: 'Quotation',
  table: 'Table',
}

/** The kinds offered as a filter: the parts of minutes people look for. */
export const filterKinds: readonly SearchKind[] = [
  'speakerSection',
  'question',
  'answer',
  'recommendation',
  'decision',
  'actionItem',
  'agendaItem',
  'chairSummary',
]

export function describeKind(kind: string): string {
  return kind in searchKindLabels ? searchKindLabels[kind as SearchKind] : kind
}
