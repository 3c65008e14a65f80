import type { ImportReport } from '@minutes/protocol'

type RecognisedKind = ImportReport['recognised'][number]['kind']

/** A report as it arrives: a client cached by the service worker may meet kinds a newer server recognises. */
interface ArrivingReport {
  recognised: (Omit<ImportReport['recognised'][number], 'kind'> & { kind: string })[]
  unrecognised: ImportReport['unrecognised']
}

interface KindNames {
  one: string
  many: string
}

export interface ReportGroup {
  kind: string
  /** "3 attendance lists" */
  label: string
  items: ArrivingReport['recognised']
}

export interface ReportSummary {
  groups: ReportGroup[]
  unrecognised: ArrivingReport['unrecognised']
}

/** The kinds `@minutes/import` recognises, in the order minutes run, with their names. */
const kindNames: Record<RecognisedKind, KindNames> = {
  meetingHeader: { one: 'meeting header', many: 'meeting headers' },
  officer: { one: 'officer', many: 'officers' },
  meetingDetails: { one: 'set of meeting details', many: 'sets of meeting details' },
  attendanceList: { one: 'attendance list', many: 'attendance lists' },
  agendaItem: { one: 'agenda item', many: 'agenda items' },
  speakerSection: { one: 'speaker', many: 'speakers' },
  recommendation: { one: 'recommendation', many: 'recommendations' },
  questions: { one: 'Q&A section', many: 'Q&A sections' },
  questionAnswer: { one: 'question', many: 'questions' },
  answer: { one: 'answer', many: 'answers' },
  chairSummary: { one: "chair's summary", many: "chair's summaries" },
  decision: { one: 'decision', many: 'decisions' },
  actionItem: { one: 'action', many: 'actions' },
  table: { one: 'table', many: 'tables' },
}
const kindOrder = Object.keys(kindNames)
const knownNames: Partial<Record<string, KindNames>> = kindNames

/**
 * The report grouped by kind, in the order minutes run (kinds this client does not know yet go
 * last, named after themselves), each with its count; unrecognised lines in line order.
 */
export function summariseReport(report: ArrivingReport): ReportSummary {
  const byKind = new Map<string, ArrivingReport['recognised']>()
  for (const block of report.recognised) {
    const items = byKind.get(block.kind)
    if (items) items.push(block)
    else byKind.set(block.kind, [block])
  }
  const rank = (kind: string) => {
    const index = kindOrder.indexOf(kind)
    return index === -1 ? kindOrder.length : index
  }
  const groups = [...byKind]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([kind, items]) => {
      const names = knownNames[kind] ?? { one: humanise(kind), many: `${humanise(kind)}s` }
      return {
        kind,
        label: `${items.length} ${items.length === 1 ? names.one : names.many}`,
        items,
      }
    })
  const unrecognised = [...report.unrecognised].sort((a, b) => a.line - b.line)
  return { groups, unrecognised }
}

/** "someNewKind" as "some new kind". */
function humanise(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
