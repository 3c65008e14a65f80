import {
  type OfficerRole,
  officerRoleLabels,
  officerRoles,
  readOfficerAttributes,
} from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId, useState } from 'react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { ChipRow } from '../chips/ChipRow'
import { PopoverChip } from '../chips/PopoverChip'
import { usePopover } from '../chips/usePopover'
import { assignPerson } from '../people/assignPerson'
import { type PersonChoice, PersonPicker } from '../people/PersonPicker'

/** The head of the minutes: the body's name (typed), then its officers, each a person. */
export function MeetingHeaderView({ editor, getPos }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper as="header" className="meeting-header" data-type="meeting-header">
      <NodeViewContent className="meeting-header__content" />
      <ChipRow editor={editor} className="meeting-header__actions">
        <AddOfficer editor={editor} getPos={getPos} />
      </ChipRow>
    </NodeViewWrapper>
  )
}

interface AddOfficerProps {
  editor: Editor
  getPos: () => number | undefined
}

function AddOfficer({ editor, getPos }: AddOfficerProps) {
  const people = usePeopleMap()
  const popover = usePopover()
  const roleId = useId()
  const [role, setRole] = useState<OfficerRole>('chair')

  const handleOpen = () => {
    setRole(nextRole(editor, getPos()))
    popover.open()
  }

  const handleChoose = (choice: PersonChoice) => {
    const position = getPos()
    if (position === undefined || choice.kind === 'none') return
    const personId = choice.kind === 'new' ? choice.person.id : choice.id
    assignPerson(editor, people, choice.kind === 'new' ? choice.person : null, () => {
      editor.commands.command(({ tr, state }) => {
        const header = state.doc.nodeAt(position)
        const officer = state.schema.nodes.officer?.create({ role, personId })
        if (!header || !officer) return false
        tr.insert(officerPosition(header, position, role), officer)
        return true
      })
    })
    popover.close()
  }

  return (
    <PopoverChip
      popover={popover}
      className="chip chip--add"
      onOpen={handleOpen}
      popup={() => (
        <PersonPicker
          anchor={popover.anchorRef.current}
          label="Add an officer"
          onChoose={handleChoose}
          onClose={popover.close}
        >
          <div className="form-field form-field--inline">
            <label htmlFor={roleId}>Role</label>
            <select
              id={roleId}
              value={role}
              onChange={(event) =>
                setRole(readOfficerAttributes({ attrs: { role: event.target.value } }).role)
              }
            >
              {officerRoles.map((choice) => (
                <option key={choice} value={choice}>
                  {officerRoleLabels[choice].one}
                </option>
              ))}
            </select>
          </div>
        </PersonPicker>
      )}
    >
      Add officer
    </PopoverChip>
  )
}

/** The first role the header does not have yet (a chair first); vice-chairs may be many. */
function nextRole(editor: Editor, position: number | undefined): OfficerRole {
  const header = position === undefined ? null : editor.state.doc.nodeAt(position)
  const taken = new Set<OfficerRole>()
  header?.forEach((child) => {
    if (child.type.name === 'officer') taken.add(readOfficerAttributes(child).role)
  })
  return officerRoles.find((role) => !taken.has(role)) ?? 'viceChair'
}

/** Where an officer of `role` goes, so that officers stay listed by role: chair, vice-chairs... */
function officerPosition(
  header: ProseMirrorNode,
  headerPosition: number,
  role: OfficerRole,
): number {
  const rank = officerRoles.indexOf(role)
  let position = headerPosition + 1
  let insertAt = headerPosition + header.nodeSize - 1
  let isPlaced = false
  header.forEach((child) => {
    const childRank = officerRoles.indexOf(readOfficerAttributes(child).role)
    if (!isPlaced && child.type.name === 'officer' && childRank > rank) {
      insertAt = position
      isPlaced = true
    }
    position += child.nodeSize
  })
  return insertAt
}
