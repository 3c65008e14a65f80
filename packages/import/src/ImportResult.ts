import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'

export type ImportFormat = 'text' | 'markdown'

export interface ImportOptions {
  /**
   * 'markdown' also reads `#` headings, `>` quotes and joins wrapped lines into one paragraph;
   * 'text' (the default) keeps each line break. Both read bullets and `**bold**`/`*italic*`.
   */
  format?: ImportFormat
}

/** What the importer recognises, in the order minutes run; the report names each block by one. */
export const recognisedKinds = [
  'frontMatter',
  'meetingHeader',
  'officer',
  'meetingDetails',
  'attendanceList',
  'agendaItem',
  'speakerSection',
  'recommendation',
  'questions',
  'questionAnswer',
  'answer',
  'chairSummary',
  'decision',
  'actionItem',
  'nextMeeting',
  'table',
] as const

export type RecognisedKind = (typeof recognisedKinds)[number]

export interface RecognisedBlock {
  kind: RecognisedKind
  /** A short human description: the speaker's name, the list's heading, the question. */
  label: string
  /** 1-based line where the block starts in the source. */
  line: number
}

export interface UnrecognisedLine {
  line: number
  text: string
}

/** How many of each part of minutes an import found, as the preview shows them before anything is created. */
export interface ImportCounts {
  /** People in attendance lists other than apologies and absences. */
  attendees: number
  apologies: number
  agendaItems: number
  /** Speakers' sections, attributed turns ("Name: …") included. */
  speakerSections: number
  recommendations: number
  decisions: number
  actions: number
}

export interface ImportReport {
  counts: ImportCounts
  /** In source order. */
  recognised: RecognisedBlock[]
  /** Lines kept as plain paragraphs, headings or lists because nothing recognised them. */
  unrecognised: UnrecognisedLine[]
}

export interface ImportResult {
  /** A ProseMirror document (`type: 'doc'`) valid for `minutesExtensions()`. */
  content: JSONContent
  /** Everyone the content refers to by id, each once. */
  people: Person[]
  report: ImportReport
  /** The title the minutes give themselves (Markdown front matter), if they do. */
  title?: string
}
