import {
  agendaItemDepths,
  attendanceKindLabels,
  chairSummaryHeading,
  describeAgendaItem,
  type Person,
  readAgendaItemAttributes,
  readAttendanceListAttributes,
  readChairSummaryAttributes,
  readHeadingAttributes,
} from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

export type OutlineKind =
  | 'header'
  | 'details'
  | 'attendance'
  | 'agendaItem'
  | 'speaker'
  | 'question'
  | 'summary'
  | 'heading'

export interface OutlineEntry {
  kind: OutlineKind
  label: string
  /** Position before the block, in the document the entry was derived from. */
  position: number
  /** How many agenda items' groups hold the block: its entry is nested under theirs. */
  depth: number
}

/** How many words of a question the outline shows. */
const questionWords = 8

/**
 * The landmarks of the minutes in document order: header, details, each attendance list, each
 * agenda item with its number, each speaker (named from the register, so renames follow), each
 * question, the chair's summary and top-level headings. Only top-level blocks are listed; the register panel covers what is inside.
 * What an agenda item groups (`agendaItemGroupEnd`) is nested under it.
 */
export function outlineEntries(
  doc: ProseMirrorNode,
  findPerson: (id: string) => Person | undefined,
): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  const depths = agendaItemDepths(doc.content.content)
  doc.forEach((node, position, index) => {
    const label = labelOf(node, findPerson)
    if (label) entries.push({ ...label, position, depth: depths[index] ?? 0 })
  })
  return entries
}

function labelOf(
  node: ProseMirrorNode,
  findPerson: (id: string) => Person | undefined,
): Omit<OutlineEntry, 'position' | 'depth'> | undefined {
  switch (node.type.name) {
    case 'meetingHeader':
      return { kind: 'header', label: node.firstChild?.textContent.trim() || 'Meeting header' }
    case 'meetingDetails':
      return { kind: 'details', label: 'Meeting details' }
    case 'attendanceList': {
      const { label, kind } = readAttendanceListAttributes(node)
      return { kind: 'attendance', label: label ?? attendanceKindLabels[kind] }
    }
    case 'agendaItem': {
      const title = node.textContent.trim() || 'Agenda item'
      return {
        kind: 'agendaItem',
        label: describeAgendaItem(readAgendaItemAttributes(node).number, title),
      }
    }
    case 'speakerSection':
      return { kind: 'speaker', label: speakerName(findPerson, node.attrs.speakerId) }
    case 'questionAnswer':
      return {
        kind: 'question',
        label: firstWords(node.firstChild?.textContent ?? '') || 'Question',
      }
    case 'chairSummary':
      return {
        kind: 'summary',
        label: readChairSummaryAttributes(node).label ?? chairSummaryHeading,
      }
    case 'heading': {
      const text = node.textContent.trim()
      return readHeadingAttributes(node).level <= 2 && text
        ? { kind: 'heading', label: text }
        : undefined
    }
    default:
      return undefined
  }
}

function speakerName(findPerson: (id: string) => Person | undefined, speakerId: unknown): string {
  const person = typeof speakerId === 'string' ? findPerson(speakerId) : undefined
  if (!person) return 'Unknown speaker'
  return person.title ? `${person.title} ${person.name}` : person.name
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const shown = words.slice(0, questionWords).join(' ')
  return words.length > questionWords ? `${shown}…` : shown
}
