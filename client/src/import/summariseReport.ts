import type { ImportReport } from '@minutes/protocol'

type RecognisedKind = ImportReport['recognised'][number]['kind']
type Counts = ImportReport['counts']

/** A report as it arrives: a client cached by the service worker may meet kinds a newer server recognises. */
interface ArrivingReport {
  counts: Counts
  recognised: (Omit<ImportReport['recognised'][number], 'kind'> & { kind: string })[]
  unrecognised: ImportReport['unrecognised']
}

export interface ReportCount {
  key: keyof Counts
  /** "Attendees" */
  name: string
  value: number
}

/** One entry of the preview's outline: a recognised part, or a run of lines kept as plain text. */
export type StructureEntry =
  | {
      type: 'part'
      kind: string
      /** "Agenda item" */
      name: string
      /** The speaker's name, the list's heading, the item's title. */
      label: string
      line: number
      /** Whether it comes under an agenda item, so the outline indents it as the document will read. */
      isInItem: boolean
    }
  | {
      type: 'text'
      line: number
      lastLine: number
      lines: number
      /** The run's first line, for the reader to recognise it. */
      excerpt: string
      isInItem: boolean
    }

export interface ReportSummary {
  counts: ReportCount[]
  /** Everything in file order. */
  structure: StructureEntry[]
  unrecognised: ArrivingReport['unrecognised']
}

/** The counts the preview shows, in the order minutes run. */
const countNames: Record<keyof Counts, string> = {
  attendees: 'Attendees',
  apologies: 'Apologies and absences',
  agendaItems: 'Agenda items',
  speakerSections: 'Speakers’ sections and turns',
  recommendations: 'Recommendations',
  decisions: 'Decisions',
  actions: 'Actions',
}

/** The kinds `@minutes/import` recognises, as one of them is named in the outline. */
const kindNames: Record<RecognisedKind, string> = {
  frontMatter: 'Front matter',
  meetingHeader: 'Meeting header',
  officer: 'Officer',
  meetingDetails: 'Meeting details',
  attendanceList: 'Attendance list',
  agendaItem: 'Agenda item',
  speakerSection: 'Speaker',
  recommendation: 'Recommendation',
  questions: 'Questions and answers',
  questionAnswer: 'Question',
  answer: 'Answer',
  chairSummary: 'Chair’s summary',
  decision: 'Decision',
  actionItem: 'Action',
  nextMeeting: 'Next meeting',
  table: 'Table',
}
const knownNames: Partial<Record<string, string>> = kindNames

// An excerpt long enough to recognise a line by, short enough for one line of the outline.
const excerptLength = 80

/**
 * What an import would make, as the preview shows it before anything is created: the counts,
 * the recognised parts and the runs of plain text in file order (kinds this client does not
 * know yet named after themselves), and the unrecognised lines in line order.
 */
export function summariseReport(report: ArrivingReport): ReportSummary {
  const counts = (Object.keys(countNames) as (keyof Counts)[]).map((key) => ({
    key,
    name: countNames[key],
    value: report.counts[key],
  }))
  const unrecognised = [...report.unrecognised].sort((a, b) => a.line - b.line)
  const parts = [...report.recognised].sort((a, b) => a.line - b.line)

  const structure: StructureEntry[] = []
  let isInItem = false
  let partIndex = 0
  const addPart = (part: ArrivingReport['recognised'][number]) => {
    if (part.kind === 'agendaItem') isInItem = false
    structure.push({
      type: 'part',
      kind: part.kind,
      name: knownNames[part.kind] ?? humanise(part.kind),
      label: part.label,
      line: part.line,
      isInItem,
    })
    if (part.kind === 'agendaItem') isInItem = true
  }
  for (const line of unrecognised) {
    let isPartBetween = false
    for (let part = parts[partIndex]; part && part.line <= line.line; part = parts[partIndex]) {
      addPart(part)
      partIndex++
      isPartBetween = true
    }
    const last = structure.at(-1)
    if (last?.type === 'text' && !isPartBetween) {
      last.lastLine = line.line
      last.lines++
    } else {
      structure.push({
        type: 'text',
        line: line.line,
        lastLine: line.line,
        lines: 1,
        excerpt: excerptOf(line.text),
        isInItem,
      })
    }
  }
  for (const part of parts.slice(partIndex)) addPart(part)
  return { counts, structure, unrecognised }
}

/** "someNewKind" as "Some new kind". */
function humanise(kind: string): string {
  const words = kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function excerptOf(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > excerptLength ? `${trimmed.slice(0, excerptLength - 1)}…` : trimmed
}
