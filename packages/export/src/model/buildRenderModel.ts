import {
  type ActionStatus,
  type AttendanceKind,
  actionStatusLabels,
  attendanceHeading,
  attendanceKindLabels,
  chairSummaryHeading,
  describeActionLead,
  describeActionTrail,
  describeAttendee,
  describeDecisionLead,
  describeMeetingDetails,
  describePerson,
  describeQuestionLead,
  describeRecommendationLead,
  formatDueDate,
  formatMeetingDate,
  isSafeHref,
  type MeetingDetailsAttributes,
  minutesExtensions,
  numberBlocks,
  type OfficerRole,
  officerRoleLabels,
  type Person,
  type RecommendationStatus,
  readActionColumns,
  recommendationStatusLabels,
  withValidAttributes,
} from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MinutesExport } from '../MinutesExport'
import { describeSignOffs } from './describeSignOffs'
import type {
  Answer,
  AttendanceGroup,
  Block,
  HeadingLevel,
  Inline,
  Marks,
  OfficerLine,
  PersonRef,
  RenderModel,
  TableCell,
} from './RenderModel'
import { workflowStatusLabels } from './statusLabels'
import { withLead } from './withLead'

const schema = getSchema(minutesExtensions())

const numberedTypes = ['recommendation', 'decision', 'actionItem'] as const

export class InvalidMinutesContentError extends Error {
  override name = 'InvalidMinutesContentError'
}

/** The one walk over the minutes that every export format renders. */
export function buildRenderModel(minutes: MinutesExport): RenderModel {
  const doc = parseContent(minutes)
  const numbers = new Map<ProseMirrorNode, number>()
  for (const typeName of numberedTypes) {
    for (const { node, number } of numberBlocks(doc, typeName)) numbers.set(node, number)
  }
  const register = new Map<string, Person>()
  for (const person of minutes.people) register.set(person.id, person)

  const headings = headingLevels()
  const first = doc.firstChild
  const opensWithTitle =
    first?.type.name === 'meetingHeader' ||
    (first?.type.name === 'heading' && first.attrs.level === 1)
  const blocks: Block[] = opensWithTitle
    ? []
    : [
        {
          type: 'heading',
          level: headings.next(1, 1),
          sourceLevel: 1,
          content: [plainText(minutes.title)],
        },
      ]

  const resolve = (id: unknown, fallback: string, describe = describePerson): PersonRef => {
    const person = typeof id === 'string' ? register.get(id) : undefined
    if (!person?.name?.trim()) {
      return {
        id: typeof id === 'string' ? id : null,
        name: fallback,
        described: fallback,
        isKnown: false,
      }
    }
    const name = person.title ? `${person.title} ${person.name}` : person.name
    return { id: person.id, name, described: describe(person), isKnown: true }
  }
  const resolveOptional = (id: unknown, fallback: string): PersonRef | null =>
    typeof id === 'string' && id !== '' ? resolve(id, fallback) : null

  // Whose section or answer the walk is in: their own recommendations need no "proposed by".
  let speakerId: unknown = null
  const walkAsSpeaker = (id: unknown, parent: ProseMirrorNode, minimumLevel: number) => {
    const outer = speakerId
    speakerId = id
    const blocks = walkChildren(parent, minimumLevel)
    speakerId = outer
    return blocks
  }

  const walkChildren = (parent: ProseMirrorNode, minimumLevel: number): Block[] => {
    const walked: Block[] = []
    parent.forEach((child) => {
      if (child.type.name === 'attendanceList') {
        let attendance = walked.at(-1)
        if (attendance?.type !== 'attendance') {
          const level = headings.next(2, minimumLevel)
          attendance = { type: 'attendance', level, heading: attendanceHeading, lists: [] }
          walked.push(attendance)
        }
        attendance.lists.push(attendanceGroup(child, attendance.level + 1))
        return
      }
      // An empty paragraph says nothing, and would print as a stray gap or a bare lead.
      if (child.type.name === 'paragraph' && child.childCount === 0) return
      const label = child.type.name === 'actionItem' ? (child.attrs.label as string | null) : null
      const columns = label ? readActionColumns(label.split(' | ')) : undefined
      if (label && columns) {
        // Actions read from one table are set out as that table again, under its headings.
        let table = walked.at(-1)
        if (table?.type !== 'table' || actionTableLabels.get(table) !== label) {
          const headings = label.split(' | ').map((heading) => cellOf(true, [plainText(heading)]))
          table = { type: 'table', rows: [headings] }
          actionTableLabels.set(table, label)
          walked.push(table)
        }
        table.rows.push(actionRow(child, columns, minimumLevel))
        return
      }
      walked.push(walk(child, minimumLevel))
    })
    return walked
  }
  const actionTableLabels = new WeakMap<Block, string>()

  const actionRow = (
    node: ProseMirrorNode,
    columns: ReturnType<typeof readActionColumns> & {},
    minimumLevel: number,
  ): TableCell[] => {
    const action = walk(node, minimumLevel) as Extract<Block, { type: 'actionItem' }>
    const text = (value: string | null) => cellOf(false, value ? [plainText(value)] : [])
    return columns.map((column) => {
      if (column === 'action') {
        return {
          isHeader: false,
          colspan: 1,
          rowspan: 1,
          blocks: columns.includes('number') ? action.blocks : withLead(action.lead, action.blocks),
        }
      }
      if (column === 'number') return text(String(numbers.get(node) ?? ''))
      if (column === 'owner') return text(node.attrs.ownerLabel || action.owner?.described || null)
      if (column === 'due') return text(node.attrs.dueLabel || action.dueDate)
      return text(node.attrs.statusLabel || action.statusLabel)
    })
  }

  const attendanceGroup = (list: ProseMirrorNode, minimumLevel: number): AttendanceGroup => {
    const kind = list.attrs.kind as AttendanceKind
    const people: PersonRef[] = []
    list.forEach((attendee) => {
      people.push(resolve(attendee.attrs.personId, 'Unnamed person', describeAttendee))
    })
    const label = (list.attrs.label as string | null) ?? attendanceKindLabels[kind]
    const note = (list.attrs.note as string | null) || null
    return { kind, label, level: headings.next(minimumLevel, minimumLevel), people, note }
  }

  const walk = (node: ProseMirrorNode, minimumLevel: number): Block => {
    const attrs = node.attrs
    switch (node.type.name) {
      case 'paragraph':
        return { type: 'paragraph', content: inlines(node) }
      case 'heading':
        return {
          type: 'heading',
          level: headings.next(attrs.level as number, minimumLevel),
          sourceLevel: attrs.level as HeadingLevel,
          content: inlines(node),
        }
      case 'bulletList':
      case 'orderedList': {
        const items: Block[][] = []
        node.forEach((item) => {
          items.push(walkChildren(item, minimumLevel))
        })
        const ordered = node.type.name === 'orderedList'
        return { type: 'list', ordered, start: ordered ? Number(attrs.start ?? 1) : 1, items }
      }
      case 'blockquote':
        return { type: 'quote', blocks: walkChildren(node, minimumLevel) }
      case 'codeBlock':
        return { type: 'code', text: node.textContent }
      case 'horizontalRule':
        return { type: 'rule' }
      case 'table': {
        const rows: TableCell[][] = []
        node.forEach((row) => {
          const cells: TableCell[] = []
          row.forEach((cell) => {
            cells.push({
              isHeader: cell.type.name === 'tableHeader',
              colspan: Number(cell.attrs.colspan ?? 1),
              rowspan: Number(cell.attrs.rowspan ?? 1),
              blocks: walkChildren(cell, minimumLevel),
            })
          })
          rows.push(cells)
        })
        return { type: 'table', rows }
      }
      case 'meetingHeader':
        return {
          type: 'meetingHeader',
          level: headings.next(1, minimumLevel),
          bodyName: node.firstChild?.textContent.trim() || minutes.title,
          officers: officerLines(node, resolve),
        }
      case 'meetingDetails': {
        const details = attrs as MeetingDetailsAttributes
        return {
          type: 'meetingDetails',
          lines: describeMeetingDetails(details),
          bookingNote: details.bookingNote || null,
          seriesTitle: details.seriesTitle || null,
        }
      }
      case 'speakerSection': {
        const level = headings.next(2, minimumLevel)
        const speaker = resolve(attrs.speakerId, 'Unnamed speaker')
        const inner = walkAsSpeaker(attrs.speakerId, node, level + 1)
        headings.close(level)
        return {
          type: 'speakerSection',
          level,
          speaker,
          lead: `${speaker.described}:`,
          blocks: inner,
        }
      }
      case 'recommendation': {
        const status = attrs.status as RecommendationStatus
        const number = numbers.get(node) ?? 0
        const statusLabel = recommendationStatusLabels[status]
        const addressee = (attrs.addressee as string | null) || null
        const proposer = resolveOptional(attrs.proposerId, 'Unnamed person')
        const isOwn = attrs.proposerId === speakerId
        return {
          type: 'recommendation',
          number: `R${number}`,
          lead: describeRecommendationLead({
            number,
            status,
            addressee,
            proposer: proposer && !isOwn ? proposer.described : null,
          }),
          status,
          statusLabel,
          addressee,
          proposer,
          blocks: walkChildren(node, minimumLevel),
        }
      }
      case 'decision': {
        const lead = describeDecisionLead(numbers.get(node) ?? 0)
        return { type: 'decision', number: lead, lead, blocks: walkChildren(node, minimumLevel) }
      }
      case 'actionItem': {
        const status = attrs.status as ActionStatus
        const lead = describeActionLead(numbers.get(node) ?? 0)
        const statusLabel = actionStatusLabels[status]
        const owner = resolveOptional(attrs.ownerId, 'Unnamed person')
        const dueDate =
          typeof attrs.dueDate === 'string' && attrs.dueDate ? formatDueDate(attrs.dueDate) : null
        return {
          type: 'actionItem',
          number: lead,
          lead,
          trail: describeActionTrail({
            owner: (attrs.ownerLabel as string | null) || owner?.described || null,
            due: (attrs.dueLabel as string | null) || dueDate,
            status: (attrs.statusLabel as string | null) || statusLabel,
          }),
          status,
          statusLabel,
          owner,
          dueDate,
          blocks: walkChildren(node, minimumLevel),
        }
      }
      case 'questionAnswer': {
        const question = node.firstChild
        const answers: Answer[] = []
        node.forEach((child, _offset, index) => {
          if (index === 0) return
          const speaker = resolve(child.attrs.speakerId, 'Unnamed speaker')
          answers.push({
            speaker,
            lead: `${speaker.described}:`,
            blocks: walkAsSpeaker(child.attrs.speakerId, child, minimumLevel),
          })
        })
        const asker = resolveOptional(question?.attrs.askerId, 'Unnamed person')
        return {
          type: 'questionAnswer',
          asker,
          lead: describeQuestionLead(asker?.described ?? null),
          question: question ? walkChildren(question, minimumLevel) : [],
          answers,
        }
      }
      case 'chairSummary': {
        const level = headings.next(2, minimumLevel)
        const chair = resolveOptional(attrs.chairId, 'Unnamed chair')
        const label = (attrs.label as string | null) || null
        const inner = walkChildren(node, level + 1)
        headings.close(level)
        return {
          type: 'chairSummary',
          level,
          heading: label ?? chairSummaryHeading,
          label,
          chair,
          lead: chair && `${chair.described}:`,
          blocks: inner,
        }
      }
      default:
        // Text is never dropped: a node this walk does not know still shows what it says.
        return node.isTextblock
          ? { type: 'paragraph', content: inlines(node) }
          : { type: 'quote', blocks: walkChildren(node, minimumLevel) }
    }
  }

  blocks.push(...walkChildren(doc, 2))
  return {
    title: minutes.title,
    status: minutes.status,
    statusLabel: workflowStatusLabels[minutes.status],
    isDraft: minutes.status === 'draft' || minutes.status === 'circulated',
    signOffs: describeSignOffs(minutes),
    groupName: findGroupName(doc) ?? minutes.title,
    meetingDate: findMeetingDate(doc),
    exportedAt: minutes.exportedAt ?? new Date(),
    blocks,
  }
}

function parseContent({ content }: MinutesExport): ProseMirrorNode {
  if (content.type !== 'doc') {
    throw new InvalidMinutesContentError(
      'The minutes content must be a whole document (type "doc").',
    )
  }
  // A document nobody has written in yet is empty, which the schema's `block+` would refuse.
  if (!content.content?.length) return schema.topNodeType.create()
  try {
    // Stored content never passed the editor's checks: what fails them renders as its default.
    const doc = schema.nodeFromJSON(withValidAttributes(content, schema))
    doc.check()
    return doc
  } catch (error) {
    throw new InvalidMinutesContentError(
      `The minutes do not fit the document model: ${error instanceof Error ? error.message : error}`,
    )
  }
}

/**
 * Heading levels that never skip (h1, then h2, then h3) whatever levels the text asks for:
 * one h1, sections at h2, headings inside a section below it.
 */
function headingLevels() {
  let hasTitle = false
  let last = 0
  return {
    next(requested: number, minimum: number): HeadingLevel {
      if (!hasTitle && requested === 1 && minimum <= 1) {
        hasTitle = true
        last = 1
        return 1
      }
      const level = Math.min(Math.max(requested, minimum, 2), last + 1, 6) as HeadingLevel
      last = level
      return level
    },
    /** Leaving a section: what follows it sits at most one level below the section's heading. */
    close(level: HeadingLevel): void {
      last = level
    },
  }
}

/** Consecutive officers of one role share a line: "Vice-Chairs: A, B". */
function officerLines(
  header: ProseMirrorNode,
  resolve: (id: unknown, fallback: string) => PersonRef,
): OfficerLine[] {
  const lines: (OfficerLine & { ownLabel: string | null })[] = []
  header.forEach((child) => {
    if (child.type.name !== 'officer') return
    const role = child.attrs.role as OfficerRole
    const ownLabel = (child.attrs.label as string | null) || null
    const person = resolve(child.attrs.personId, 'Unnamed person')
    const previous = lines.at(-1)
    if (previous && previous.role === role && previous.ownLabel === ownLabel) {
      previous.people.push(person)
    } else {
      lines.push({ role, ownLabel, label: '', people: [person] })
    }
  })
  return lines.map(({ role, ownLabel, people }) => ({
    role,
    label: ownLabel ?? officerRoleLabels[role][people.length > 1 ? 'many' : 'one'],
    people,
  }))
}

function inlines(textblock: ProseMirrorNode): Inline[] {
  const result: Inline[] = []
  textblock.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      result.push({ type: 'break' })
      return
    }
    const marks: Marks = {}
    let href: string | undefined
    for (const mark of child.marks) {
      const name = mark.type.name
      if (name === 'link') href = isSafeHref(mark.attrs.href) ? mark.attrs.href : undefined
      else if (name === 'bold' || name === 'italic' || name === 'underline') marks[name] = true
      else if (name === 'strike' || name === 'code') marks[name] = true
    }
    const text = child.isText ? (child.text ?? '') : child.textContent
    result.push(href ? { type: 'text', text, marks, href } : { type: 'text', text, marks })
  })
  return result
}

function plainText(text: string): Inline {
  return { type: 'text', text, marks: {} }
}

function cellOf(isHeader: boolean, content: Inline[]): TableCell {
  return { isHeader, colspan: 1, rowspan: 1, blocks: [{ type: 'paragraph', content }] }
}

function findGroupName(doc: ProseMirrorNode): string | undefined {
  let name: string | undefined
  doc.forEach((child) => {
    if (name !== undefined) return
    if (child.type.name === 'meetingHeader') name = child.firstChild?.textContent.trim()
    else if (child.type.name === 'heading' && child.attrs.level === 1)
      name = child.textContent.trim()
  })
  return name || undefined
}

function findMeetingDate(doc: ProseMirrorNode): string | undefined {
  let date: string | undefined
  doc.descendants((node) => {
    if (date !== undefined) return false
    if (node.type.name === 'meetingDetails' && node.attrs.date) {
      date = formatMeetingDate(node.attrs.date as string)
    }
    return node.type.name !== 'meetingDetails'
  })
  return date
}
