import type { ImportReport } from './importMinutesFile'

export interface ReportGroup {
  kind: string
  /** "3 attendance lists" */
  label: string
  items: ImportReport['recognised']
}

export interface ReportSummary {
  groups: ReportGroup[]
  unrecognised: ImportReport['unrecognised']
}

/** The kinds `@minutes/import` recognises, in the order minutes run, with their names. */
const kindNames: Record<string, { one: string; many: string }> = {
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

/**
 * The report grouped by kind, in the order minutes run (kinds this client does not know yet go
 * last, named after themselves), each with its count; unrecognised lines in line order.
 */
export function summariseReport(report: ImportReport): ReportSummary {
  const byKind = new Map<string, ImportReport['recognised']>()
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
      const names = kindNames[kind] ?? { one: humanise(kind), many: `${humanise(kind)}s` }
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
