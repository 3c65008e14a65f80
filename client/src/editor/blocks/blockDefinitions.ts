import { type AttendanceKind, attendanceKindLabels, attendanceKinds } from '@minutes/schema'
import type { ChainedCommands } from '@tiptap/core'

/** A block the insert menu and the slash command offer; one list serves both. */
export interface BlockDefinition {
  id: string
  label: string
  /** Other words people type for it. */
  keywords: readonly string[]
  /** A few characters shown beside the label. */
  icon: string
  /** The schema node it makes. */
  nodeType: string
  /** Inserts it in place of the empty paragraph the selection is in (see `insertBlock`). */
  insert: (chain: ChainedCommands) => ChainedCommands
  /** Whether its view opens its picker or form once inserted (a speaker section asks who). */
  prompt?: boolean
}

const attendanceBlocks = attendanceKinds.map(
  (kind: AttendanceKind): BlockDefinition => ({
    id: `attendance-${kind}`,
    label: `Attendance: ${attendanceKindLabels[kind]}`,
    keywords: ['attendance', 'present', 'people', kind, attendanceKindLabels[kind]],
    icon: '☰',
    nodeType: 'attendanceList',
    insert: (chain) => chain.insertAttendanceList(kind),
    prompt: true,
  }),
)

/** Every block, in the order minutes are written. */
export const blockDefinitions: readonly BlockDefinition[] = [
  {
    id: 'meeting-header',
    label: 'Meeting header',
    keywords: ['body', 'title', 'officers', 'committee', 'group'],
    icon: 'H1',
    nodeType: 'meetingHeader',
    insert: (chain) => chain.insertMeetingHeader(),
  },
  {
    id: 'meeting-details',
    label: 'Meeting details',
    keywords: ['date', 'time', 'place', 'session', 'series', 'inquiry'],
    icon: '◷',
    nodeType: 'meetingDetails',
    insert: (chain) => chain.insertMeetingDetails(),
    prompt: true,
  },
  ...attendanceBlocks,
  {
    id: 'agenda-item',
    label: 'Agenda item',
    keywords: ['item', 'agenda', 'number', 'topic', 'minute'],
    icon: '§',
    nodeType: 'agendaItem',
    insert: (chain) => chain.setAgendaItem(),
  },
  {
    id: 'speaker-section',
    label: 'Speaker section',
    keywords: ['speaker', 'contribution', 'said', 'statement'],
    icon: '❝',
    nodeType: 'speakerSection',
    // Inserted unbound, then the picker asks who speaks.
    insert: (chain) =>
      chain.insertContent({
        type: 'speakerSection',
        attrs: { speakerId: null },
        content: [{ type: 'paragraph' }],
      }),
    prompt: true,
  },
  {
    id: 'recommendation',
    label: 'Recommendation',
    keywords: ['recommend', 'proposal'],
    icon: 'R',
    nodeType: 'recommendation',
    insert: (chain) => chain.insertRecommendation(),
  },
  {
    id: 'question-answer',
    label: 'Question and answer',
    keywords: ['question', 'answer', 'q&a', 'qa', 'asked'],
    icon: '?',
    nodeType: 'questionAnswer',
    insert: (chain) => chain.insertQuestionAnswer(),
  },
  {
    id: 'chair-summary',
    label: 'Chair’s summary',
    keywords: ['chair', 'summary', 'summing', 'themes', 'chairs'],
    icon: 'Σ',
    nodeType: 'chairSummary',
    insert: (chain) => chain.insertChairSummary(),
  },
  {
    id: 'decision',
    label: 'Decision',
    keywords: ['resolved', 'resolution', 'decided'],
    icon: 'D',
    nodeType: 'decision',
    insert: (chain) => chain.insertDecision(),
  },
  {
    id: 'action-item',
    label: 'Action item',
    keywords: ['action', 'task', 'todo', 'follow', 'owner', 'due'],
    icon: 'A',
    nodeType: 'actionItem',
    insert: (chain) => chain.insertActionItem(),
  },
  {
    id: 'heading',
    label: 'Heading',
    keywords: ['title', 'h2', 'section'],
    icon: 'H2',
    nodeType: 'heading',
    insert: (chain) => chain.setNode('heading', { level: 2 }),
  },
  {
    id: 'subheading',
    label: 'Subheading',
    keywords: ['h3', 'heading'],
    icon: 'H3',
    nodeType: 'heading',
    insert: (chain) => chain.setNode('heading', { level: 3 }),
  },
  {
    id: 'bullet-list',
    label: 'Bullet list',
    keywords: ['list', 'bullets', 'unordered', 'ul'],
    icon: '•',
    nodeType: 'bulletList',
    insert: (chain) => chain.toggleBulletList(),
  },
  {
    id: 'numbered-list',
    label: 'Numbered list',
    keywords: ['list', 'ordered', 'numbers', 'ol'],
    icon: '1.',
    nodeType: 'orderedList',
    insert: (chain) => chain.toggleOrderedList(),
  },
  {
    id: 'paragraph',
    label: 'Paragraph',
    keywords: ['text', 'plain', 'p'],
    icon: '¶',
    nodeType: 'paragraph',
    insert: (chain) => chain,
  },
]
