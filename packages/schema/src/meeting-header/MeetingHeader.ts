import { mergeAttributes, Node } from '@tiptap/core'
import { choiceAttribute, dataAttribute } from '../shared/attributes'
import { findSelectedBlock } from '../shared/findSelectedBlock'
import { type AttributeChecks, oneOf, optional, personId, text } from '../validation/AttributeCheck'
import { readChoice, readOptionalText, type WithAttributes } from '../validation/attributeReaders'
import { type OfficerRole, officerRoleLabels, officerRoles } from './officerRoles'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    meetingHeader: {
      /** Inserts a header with the body's name and no officers yet. */
      insertMeetingHeader: (bodyName?: string) => ReturnType
      /** Appends an officer (a person in the register) to the header around the selection. */
      addOfficer: (role: OfficerRole, personId: string) => ReturnType
    }
  }
}

export const officerAttributeChecks = {
  role: oneOf(officerRoles),
  personId: optional(personId),
  label: optional(text()),
} satisfies AttributeChecks

export interface OfficerAttributes {
  role: OfficerRole
  personId: string | null
  /** The role as these minutes write it ("Vice-Chairmen"), where it differs from the usual. */
  label: string | null
}

export function readOfficerAttributes({ attrs = {} }: WithAttributes): OfficerAttributes {
  return {
    role: readChoice(officerRoles, attrs.role),
    personId: readOptionalText(attrs.personId, officerAttributeChecks.personId),
    label: readOptionalText(attrs.label, officerAttributeChecks.label),
  }
}

/** The name of the body meeting: the header's title, typed as text. */
export const BodyName = Node.create({
  name: 'bodyName',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    // Above StarterKit's heading rule, which would otherwise claim every h1.
    return [{ tag: 'h1[data-type="body-name"]', priority: 60 }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['h1', mergeAttributes(HTMLAttributes, { 'data-type': 'body-name' }), 0]
  },
})

/** One officer of the body: a role and a person from the register. */
export const Officer = Node.create({
  name: 'officer',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      role: choiceAttribute('role', 'role', officerRoles),
      personId: dataAttribute('personId', 'person-id', officerAttributeChecks.personId),
      /** The role as these minutes write it ("Vice-Chairmen"), where it differs from the usual. */
      label: dataAttribute('label', 'label', officerAttributeChecks.label),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="officer"]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { role, label } = readOfficerAttributes(node)
    const wording = label ?? officerRoleLabels[role].one
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'officer' }), `${wording}:`]
  },
})

/** The head of the minutes: which body met, and its officers. */
export const MeetingHeader = Node.create({
  name: 'meetingHeader',
  group: 'block',
  content: 'bodyName officer*',
  isolating: true,
  defining: true,

  parseHTML() {
    return [{ tag: 'header[data-type="meeting-header"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'header',
      mergeAttributes(HTMLAttributes, { 'data-type': 'meeting-header', class: 'meeting-header' }),
      0,
    ]
  },

  addCommands() {
    return {
      insertMeetingHeader:
        (bodyName = '') =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            content: [
              { type: 'bodyName', content: bodyName ? [{ type: 'text', text: bodyName }] : [] },
            ],
          }),
      addOfficer:
        (role, personId) =>
        ({ state, dispatch, tr }) => {
          const header = findSelectedBlock(state.selection, this.name)
          if (!header) return false
          const end = header.position + header.node.nodeSize - 1
          if (dispatch) tr.insert(end, state.schema.nodes.officer!.create({ role, personId }))
          return true
        },
    }
  },
})
