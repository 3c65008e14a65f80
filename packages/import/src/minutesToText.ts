import {
  type AttendanceKind,
  actionStatusLabels,
  attendanceHeading,
  attendanceKindLabels,
  chairSummaryHeading,
  describeActionLead,
  describeActionTrail,
  describeAgendaItem,
  describeDecisionLead,
  describeMeetingDetails,
  describePerson,
  describeQuestionLead,
  describeRecommendationLead,
  formatDueDate,
  type OfficerRole,
  officerRoleLabels,
  type Person,
  readActionColumns,
  readActionItemAttributes,
  readAgendaItemAttributes,
  readFootnoteAttributes,
  readMeetingDetailsAttributes,
  readRecommendationAttributes,
} from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { describeAttendance } from './attendance/describeAttendance'
import { describeOfficers } from './meeting-header/describeOfficers'
import { displayName } from './people/displayName'

/**
 * The minutes as printed minutes read: blocks apart by a blank line, people named from the
 * register ("Name (Organisation): explained …"), meeting details as `describeMeetingDetails`
 * words them, numbered items with the exports' leads ("D1", "A1 … — Owner, due … (open)"),
 * lists as "- " and "1. " lines, table rows as "| a | b |".
 */
export function minutesToText(content: JSONContent, people: Person[]): string {
  const register: Register = {
    people: new Map(people.map((person) => [person.id, person])),
    counts: { recommendation: 0, decision: 0, actionItem: 0 },
    speakerId: null,
  }
  return blocksOf(content.content ?? [], register).join('\n\n')
}

/** The people by id, the counts that number items in document order, whose section it is. */
interface Register {
  people: ReadonlyMap<string, Person>
  counts: { recommendation: number; decision: number; actionItem: number }
  speakerId: unknown
}

function blocksOf(nodes: JSONContent[], register: Register): string[] {
  return nodes
    .map((node, index) => {
      const text = blockOf(node, register)
      // Actions read from one table carry its headings: they print once, above the first; a
      // run of attendance lists stands under one heading.
      const previous = nodes[index - 1]
      const label = node.type === 'actionItem' ? node.attrs?.label : null
      if (label && (previous?.type !== 'actionItem' || previous.attrs?.label !== label)) {
        return `${label}\n${text}`
      }
      const opensAttendance = node.type === 'attendanceList' && previous?.type !== 'attendanceList'
      return opensAttendance ? `${attendanceHeading}\n\n${text}` : text
    })
    .filter((text) => text !== '')
}

/** Blocks of someone's section or answer, their own recommendations known as theirs. */
function spokenBy(
  speakerId: unknown,
  lead: string | undefined,
  nodes: JSONContent[],
  register: Register,
) {
  const outer = register.speakerId
  register.speakerId = speakerId
  const text = led(lead, nodes, register)
  register.speakerId = outer
  return text
}

function blockOf(node: JSONContent, register: Register): string {
  const children = node.content ?? []
  const attrs = node.attrs ?? {}
  const person = (key: string) => register.people.get(String(attrs[key] ?? ''))
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'bodyName':
      return inlineOf(node)
    case 'agendaItem': {
      const { number, reference, referenceLabel } = readAgendaItemAttributes(node)
      const heading = describeAgendaItem(number, inlineOf(node))
      if (reference === null) return heading
      return `${heading} ${referenceLabel === null ? reference : `${referenceLabel} (${reference})`}`
    }
    case 'bulletList':
    case 'orderedList':
      return listOf(node, register)
    case 'blockquote':
      return blocksOf(children, register).join('\n\n').replace(/^/gm, '> ')
    case 'horizontalRule':
      return '---'
    case 'meetingHeader':
      return headerOf(children, register)
    case 'meetingDetails':
      return describeMeetingDetails(readMeetingDetailsAttributes(node)).join('\n')
    case 'attendanceList':
      return attendanceOf(node, register)
    case 'speakerSection': {
      const speaker = person('speakerId')
      return spokenBy(attrs.speakerId, speaker && `${describePerson(speaker)}:`, children, register)
    }
    case 'question': {
      const asker = person('askerId')
      return led(describeQuestionLead(asker ? describePerson(asker) : null), children, register)
    }
    case 'answer': {
      const speaker = person('speakerId')
      return spokenBy(attrs.speakerId, speaker && `${describePerson(speaker)}:`, children, register)
    }
    case 'recommendation': {
      const proposer = attrs.proposerId !== register.speakerId ? person('proposerId') : undefined
      const { status, addressee } = readRecommendationAttributes(node)
      const lead = describeRecommendationLead({
        number: ++register.counts.recommendation,
        status,
        addressee,
        proposer: proposer ? describePerson(proposer) : null,
      })
      return led(lead, children, register)
    }
    case 'decision':
      return led(describeDecisionLead(++register.counts.decision), children, register)
    case 'actionItem': {
      const owner = person('ownerId')
      const action = readActionItemAttributes(node)
      const dueDate = action.dueDate === null ? null : formatDueDate(action.dueDate)
      const trail = describeActionTrail({
        owner: action.ownerLabel || (owner ? describePerson(owner) : null),
        due: action.dueLabel || dueDate,
        status: action.statusLabel || actionStatusLabels[action.status],
      })
      const number = ++register.counts.actionItem
      // A table with a number column printed the number bare ("3"), as it was read.
      const columns =
        typeof attrs.label === 'string' ? readActionColumns(attrs.label.split(' | ')) : undefined
      const lead = columns?.includes('number') ? String(number) : describeActionLead(number)
      return `${led(lead, children, register)}${trail}`
    }
    case 'table':
      return children
        .map(
          (row) =>
            `| ${(row.content ?? [])
              .map((cell) =>
                blocksOf(cell.content ?? [], register)
                  .join(' ')
                  .replace(/\n+/g, ' '),
              )
              .join(' | ')} |`,
        )
        .join('\n')
    case 'chairSummary': {
      const chair = person('chairId')
      const heading = typeof attrs.label === 'string' ? attrs.label : chairSummaryHeading
      return `${heading}\n\n${led(chair && `${displayName(chair)}:`, children, register)}`
    }
    default:
      return node.text ?? blocksOf(children, register).join('\n\n')
  }
}

/** A block whose first paragraph follows its lead on the same line: "Simon Bailey (ACPO): explained …". */
function led(lead: string | undefined, children: JSONContent[], register: Register): string {
  const [first, ...rest] = children
  if (!lead) return blocksOf(children, register).join('\n\n')
  if (first?.type !== 'paragraph') return [lead, ...blocksOf(children, register)].join('\n\n')
  return [`${lead} ${inlineOf(first)}`.trimEnd(), ...blocksOf(rest, register)].join('\n\n')
}

/** A line's text; a link is followed by its target, as print shows "words (https://…)". */
function inlineOf(node: JSONContent): string {
  let text = ''
  let openLink: string | undefined
  for (const child of node.content ?? []) {
    const href = child.marks?.find((mark) => mark.type === 'link')?.attrs?.href
    const link = typeof href === 'string' ? href : undefined
    if (openLink !== undefined && link !== openLink) text += ` (${openLink})`
    openLink = link
    if (child.type === 'footnote') {
      // A footnote's words are the minutes' words too, printed where the mark stands.
      const words = readFootnoteAttributes(child).text
      text += words ? ` [${words}]` : ''
      continue
    }
    text += child.type === 'hardBreak' ? '\n' : (child.text ?? inlineOf(child))
  }
  return openLink === undefined ? text : `${text} (${openLink})`
}

function listOf(list: JSONContent, register: Register): string {
  const start = Number(list.attrs?.start ?? 1)
  return (list.content ?? [])
    .map((item, position) => {
      const marker = list.type === 'orderedList' ? `${start + position}. ` : '- '
      const [first, ...rest] = item.content ?? []
      const lead = first?.type === 'paragraph' ? inlineOf(first) : ''
      const nested = blocksOf(first?.type === 'paragraph' ? rest : (item.content ?? []), register)
        .join('\n')
        .replace(/^(?=.)/gm, '  ')
      return nested ? `${marker}${lead}\n${nested}` : `${marker}${lead}`
    })
    .join('\n')
}

/**
 * The body's name, then the officers: those written together under one heading (their shared
 * label) on one line, "Vice-Chairmen: A, B and C", and any other one to a line, "Chair: D".
 */
function headerOf(children: JSONContent[], register: Register): string {
  const lines: string[] = []
  let run: { label: unknown; role: string; people: Person[] } | undefined
  const flush = () => {
    if (run) lines.push(describeOfficers(run.role, run.people))
    run = undefined
  }
  for (const child of children) {
    if (child.type !== 'officer') {
      flush()
      lines.push(inlineOf(child))
      continue
    }
    const label = child.attrs?.label ?? null
    const officer = register.people.get(String(child.attrs?.personId ?? ''))
    const people = officer ? [officer] : []
    if (run && label !== null && label === run.label) {
      run.people.push(...people)
      continue
    }
    flush()
    const role = officerRoleLabels[child.attrs?.role as OfficerRole]?.one ?? 'Officer'
    run = { label, role: typeof label === 'string' ? label : role, people }
  }
  flush()
  return lines.filter((line) => line !== '').join('\n')
}

function attendanceOf(list: JSONContent, register: Register): string {
  const label = list.attrs?.label ?? attendanceKindLabels[list.attrs?.kind as AttendanceKind]
  const people = (list.content ?? []).flatMap((attendee) => {
    const person = register.people.get(String(attendee.attrs?.personId ?? ''))
    return person ? [person] : []
  })
  const note = typeof list.attrs?.note === 'string' ? list.attrs.note : null
  return describeAttendance(String(label ?? 'Attendance'), people, note)
}
