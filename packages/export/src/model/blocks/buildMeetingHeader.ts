import { officerRoleLabels, readOfficerAttributes } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { RenderContext } from '../RenderContext'
import type { OfficerLine } from '../RenderModel'
import type { BlockBuilder } from './BlockBuilder'

/** The body that met, as the title, and its officers. */
export const buildMeetingHeader: BlockBuilder = (node, context, minimumLevel) => ({
  type: 'meetingHeader',
  level: context.headings.next(1, minimumLevel),
  bodyName: node.firstChild?.textContent.trim() || context.title,
  officers: officerLines(node, context),
})

/** Consecutive officers of one role share a line: "Vice-Chairs: A, B". */
function officerLines(header: ProseMirrorNode, context: RenderContext): OfficerLine[] {
  const lines: (OfficerLine & { ownLabel: string | null })[] = []
  header.forEach((child) => {
    if (child.type.name !== 'officer') return
    const { role, label, personId } = readOfficerAttributes(child)
    const ownLabel = label || null
    const person = context.person(personId, 'Unnamed person')
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
