import {
  type AttendanceKind,
  attendanceKindLabels,
  describeMeetingDetails,
  describePerson,
  type MeetingDetailsAttributes,
  type OfficerRole,
  officerRoleLabels,
  type Person,
} from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { describeAttendance } from './attendance/describeAttendance'
import { describeOfficers } from './meeting-header/describeOfficers'
import { displayName } from './people/displayName'
import { describeRecommendationLead } from './recommendation/recommendationLead'

/**
 * The minutes as printed minutes read: blocks apart by a blank line, people named from the
 * register ("Name (Organisation): explained …"), meeting details as `describeMeetingDetails`
 * words them, lists as "- " and "1. " lines.
 */
export function minutesToText(content: JSONContent, people: Person[]): string {
  const register: Register = {
    people: new Map(people.map((person) => [person.id, person])),
    recommendations: 0,
  }
  return blocksOf(content.content ?? [], register).join('\n\n')
}

/** The people by id, and the count that numbers recommendations in document order. */
interface Register {
  people: ReadonlyMap<string, Person>
  recommendations: number
}

function blocksOf(nodes: JSONContent[], register: Register): string[] {
  return nodes.map((node) => blockOf(node, register)).filter((text) => text !== '')
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
      return describeMeetingDetails(attrs as MeetingDetailsAttributes).join('\n')
    case 'attendanceList':
      return attendanceOf(node, register)
    case 'speakerSection': {
      const speaker = person('speakerId')
      return led(speaker && `${describePerson(speaker)}:`, children, register)
    }
    case 'question': {
      const asker = person('askerId')
      return led(asker && `${displayName(asker)}:`, children, register)
    }
    case 'answer': {
      const speaker = person('speakerId')
      return led(speaker && `${displayName(speaker)}:`, children, register)
    }
    case 'recommendation': {
      register.recommendations++
      const { status, addressee } = attrs as { status?: string; addressee?: string | null }
      const lead = describeRecommendationLead(
        register.recommendations,
        status ?? 'proposed',
        addressee ?? null,
      )
      return led(lead, children, register)
    }
    case 'chairSummary': {
      const chair = person('chairId')
      const label = typeof attrs.label === 'string' ? `${attrs.label}\n\n` : ''
      return label + led(chair && `${displayName(chair)}:`, children, register)
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

function inlineOf(node: JSONContent): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? inlineOf(child))))
    .join('')
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
  return describeAttendance(String(label ?? 'Attendance'), people)
}
