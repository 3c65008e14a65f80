import { mergeAttributes, Node } from '@tiptap/core'
import { choiceAttribute, dataAttribute } from '../shared/attributes'
import { findSelectedBlock } from '../shared/findSelectedBlock'
import { type AttributeChecks, oneOf, optional, personId, text } from '../validation/AttributeCheck'
import { readChoice, readOptionalText, type WithAttributes } from '../validation/attributeReaders'
import { type AttendanceKind, attendanceKindLabels, attendanceKinds } from './attendanceKinds'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attendanceList: {
      /** Inserts an empty attendance list of one kind. */
      insertAttendanceList: (kind: AttendanceKind, label?: string) => ReturnType
      /** Adds a person to the attendance list around the selection, once. */
      addAttendee: (personId: string) => ReturnType
    }
  }
}

export const attendeeAttributeChecks = { personId: optional(personId) } satisfies AttributeChecks

export const attendanceListAttributeChecks = {
  kind: oneOf(attendanceKinds),
  label: optional(text()),
  note: optional(text()),
} satisfies AttributeChecks

export interface AttendeeAttributes {
  personId: string | null
}

export interface AttendanceListAttributes {
  kind: AttendanceKind
  /** The list's own heading where the minutes use one ("Voluntary sector in attendance"). */
  label: string | null
  /** What the list says besides people, printed after the names ("4 members of the public"). */
  note: string | null
}

export function readAttendeeAttributes({ attrs = {} }: WithAttributes): AttendeeAttributes {
  return { personId: readOptionalText(attrs.personId, attendeeAttributeChecks.personId) }
}

export function readAttendanceListAttributes({
  attrs = {},
}: WithAttributes): AttendanceListAttributes {
  const checks = attendanceListAttributeChecks
  return {
    kind: readChoice(attendanceKinds, attrs.kind),
    label: readOptionalText(attrs.label, checks.label),
    note: readOptionalText(attrs.note, checks.note),
  }
}

/** One person on an attendance list; name and organisation come from the people register. */
export const Attendee = Node.create({
  name: 'attendee',
  atom: true,
  selectable: true,

  addAttributes() {
    return { personId: dataAttribute('personId', 'person-id', attendeeAttributeChecks.personId) }
  },

  parseHTML() {
    // Above StarterKit's list item rule, which would otherwise claim every li.
    return [{ tag: 'li[data-type="attendee"]', priority: 60 }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { 'data-type': 'attendee' })]
  },
})

/** Who attended, spoke, sent apologies or was absent. */
export const AttendanceList = Node.create({
  name: 'attendanceList',
  group: 'block',
  content: 'attendee*',
  isolating: true,
  draggable: true,

  addAttributes() {
    return {
      kind: choiceAttribute('kind', 'kind', attendanceKinds),
      /** The list's own heading where the minutes use one ("Voluntary sector in attendance"). */
      label: dataAttribute('label', 'label', attendanceListAttributeChecks.label),
      /** What the list says besides people, printed after the names ("4 members of the public"). */
      note: dataAttribute('note', 'note', attendanceListAttributeChecks.note),
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="attendance-list"]', contentElement: 'ul' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { kind, label: ownLabel, note } = readAttendanceListAttributes(node)
    const label = ownLabel ?? attendanceKindLabels[kind]
    return [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-type': 'attendance-list', class: 'attendance-list' }),
      ['h2', { contenteditable: 'false' }, label],
      ['ul', 0],
      ...(note ? [['p', { class: 'attendance-note', contenteditable: 'false' }, note]] : []),
    ]
  },

  addCommands() {
    return {
      insertAttendanceList:
        (kind, label) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { kind, label: label ?? null } }),
      addAttendee:
        (personId) =>
        ({ state, tr, dispatch }) => {
          const list = findSelectedBlock(state.selection, this.name)
          if (!list) return false
          let present = false
          list.node.forEach((attendee) => {
            if (attendee.attrs.personId === personId) present = true
          })
          if (present) return false
          const end = list.position + list.node.nodeSize - 1
          if (dispatch) tr.insert(end, state.schema.nodes.attendee!.create({ personId }))
          return true
        },
    }
  },
})
