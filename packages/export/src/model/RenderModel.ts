import type { WorkflowStatus } from '@minutes/permissions'
import type {
  ActionStatus,
  AttendanceKind,
  HeadingLevel,
  OfficerRole,
  RecommendationStatus,
} from '@minutes/schema'

export type { HeadingLevel }

/**
 * The minutes as every format renders them: people resolved to names, numbers (R1, D1, A1)
 * assigned, heading levels made gapless, links already checked. Renderers only lay it out.
 */
export interface RenderModel {
  title: string
  status: WorkflowStatus
  /** "Draft", "Approved": status as text, never as colour alone. */
  statusLabel: string
  /** Draft and circulated minutes carry a DRAFT watermark; approved and published do not. */
  isDraft: boolean
  /** "Approved by Ada Clerk on 3 December 2026", "Published by …", in the header block. */
  signOffs: string[]
  /** The body that met ("All Party Parliamentary Group for Children"), for running headers. */
  groupName: string
  /** "Tuesday 6th May 2014" when the minutes give a date. */
  meetingDate: string | undefined
  exportedAt: Date
  blocks: Block[]
  /** The footnotes' words, numbered from 1 in document order. */
  footnotes: string[]
}

export interface PersonRef {
  id: string | null
  /** With title where the register keeps one apart: "Professor Jenny Pearce". */
  name: string
  /** "Name (Organisation)", as minutes introduce people. */
  described: string
  /** False when the id is missing from the register (the text then says so). */
  isKnown: boolean
}

export interface Marks {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  code?: boolean
}

export type Inline =
  | {
      type: 'text'
      text: string
      marks: Marks /** Only what `isSafeHref` allows. */
      href?: string
    }
  | { type: 'break' }
  /** A footnote's mark; its words are the model's `footnotes[number - 1]`. */
  | { type: 'footnote'; number: number }

export interface OfficerLine {
  role: OfficerRole
  /** "Chair", "Vice-Chairmen": singular or plural as the count asks, or the minutes' own label. */
  label: string
  people: PersonRef[]
}

export interface AttendanceGroup {
  kind: AttendanceKind
  /** "Members in attendance", or the minutes' own label. */
  label: string
  level: HeadingLevel
  /** Described with organisation and role: "Cllr Margaret Hale (Chair)". */
  people: PersonRef[]
  /** What the list says besides people, printed after the names ("4 members of the public"). */
  note: string | null
}

export interface TableCell {
  isHeader: boolean
  colspan: number
  rowspan: number
  blocks: Block[]
}

export interface Answer {
  speaker: PersonRef
  /** "Siân Pritchard (Brackenhurst County Council):" */
  lead: string
  blocks: Block[]
}

export type Block =
  | {
      type: 'heading'
      /** Gapless under the one h1: what HTML, DOCX and PDF show. */
      level: HeadingLevel
      /** As the minutes have it: what Markdown keeps, so that it reads back the same. */
      sourceLevel: HeadingLevel
      content: Inline[]
    }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  /** A table, or a run of actions read from one, set out as that table again. */
  | { type: 'table'; rows: TableCell[][] }
  | { type: 'meetingHeader'; level: HeadingLevel; bodyName: string; officers: OfficerLine[] }
  | {
      type: 'meetingDetails'
      /** As printed minutes show them, booking note included. */
      lines: string[]
      /** Also kept apart so that formats with footnotes can move it into one. */
      bookingNote: string | null
      /** The line that names the series, which Markdown ends with a colon as minutes do. */
      seriesTitle: string | null
    }
  /** Consecutive attendance lists, under one "Attendance" heading. */
  | { type: 'attendance'; level: HeadingLevel; heading: string; lists: AttendanceGroup[] }
  | {
      type: 'speakerSection'
      level: HeadingLevel
      speaker: PersonRef
      /** "Dr Imogen Tate (Northfield University):" where the format runs the name into the text. */
      lead: string
      blocks: Block[]
    }
  | {
      type: 'recommendation'
      /** "R1" */
      number: string
      /** "Recommendation R1 (agreed; to: Department for Education):" */
      lead: string
      status: RecommendationStatus
      statusLabel: string
      addressee: string | null
      proposer: PersonRef | null
      blocks: Block[]
    }
  /** Lead "D1"; the text itself says "Resolved, That …". */
  | { type: 'decision'; number: string; lead: string; blocks: Block[] }
  | {
      type: 'actionItem'
      number: string
      lead: string
      /** " — Daniel Frost, due 12 March 2025 (open)", after the text; owner, due date and status as the minutes wrote them where they did. */
      trail: string
      status: ActionStatus
      statusLabel: string
      owner: PersonRef | null
      /** "12 March 2025" */
      dueDate: string | null
      blocks: Block[]
    }
  | {
      type: 'questionAnswer'
      asker: PersonRef | null
      /** "Q:" or "Question from Helen Marsh (Reading Rooms Network):" */
      lead: string
      question: Block[]
      answers: Answer[]
    }
  | {
      type: 'chairSummary'
      level: HeadingLevel
      /** "Chair's summary", or the minutes' own label ("Key themes"). */
      heading: string
      /** The minutes' own label, where they give one. */
      label: string | null
      chair: PersonRef | null
      /** "Baroness Massey:" before the summary's first paragraph, when a chair is named. */
      lead: string | null
      blocks: Block[]
    }
