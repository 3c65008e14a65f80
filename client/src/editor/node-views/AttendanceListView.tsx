import {
  attendanceKindLabels,
  attendanceKinds,
  readAttendanceListAttributes,
  readAttendeeAttributes,
} from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useState } from 'react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { useBlockPrompt } from '../blocks/useBlockPrompt'
import { ChipRow } from '../chips/ChipRow'
import { ChoiceChip } from '../chips/ChoiceChip'
import { FieldChip } from '../chips/FieldChip'
import { PopoverChip } from '../chips/PopoverChip'
import { usePopover } from '../chips/usePopover'
import { assignPerson } from '../people/assignPerson'
import { type PersonChoice, PersonPicker } from '../people/PersonPicker'

/**
 * Who attended (or sent apologies...): a heading, then the people as "Name (Organisation)",
 * then the list's note, if any ("4 members of the public").
 */
export function AttendanceListView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { kind, label, note: writtenNote } = readAttendanceListAttributes(node)
  const heading = label || attendanceKindLabels[kind]
  const note = writtenNote || null
  return (
    <NodeViewWrapper
      as="section"
      className="attendance-list"
      data-type="attendance-list"
      data-kind={kind}
    >
      <div className="attendance-list__heading" contentEditable={false}>
        <h2>{heading}</h2>
        <ChipRow editor={editor}>
          <ChoiceChip
            label="Kind of list"
            value={kind}
            choices={attendanceKinds}
            labels={attendanceKindLabels}
            text="Kind"
            className="chip--quiet"
            // A heading of the minutes' own belonged to the old kind.
            onChange={(next) => updateAttributes({ kind: next, label: null })}
          />
          <AddAttendee editor={editor} getPos={getPos} heading={heading} />
          <FieldChip
            label="Note"
            value={note}
            placeholder="Add note"
            onChange={(next) => updateAttributes({ note: next })}
          />
        </ChipRow>
      </div>
      <NodeViewContent className="attendance-list__people" />
      {note && (
        // What the list says besides people ("4 members of the public"), after the names.
        <p className="attendance-note" contentEditable={false}>
          {note}
        </p>
      )}
    </NodeViewWrapper>
  )
}

interface AddAttendeeProps {
  editor: Editor
  getPos: () => number | undefined
  heading: string
}

function AddAttendee({ editor, getPos, heading }: AddAttendeeProps) {
  const people = usePeopleMap()
  const popover = usePopover()
  const [present, setPresent] = useState<ReadonlySet<string>>(new Set())

  const open = (restoreFocus?: () => void) => {
    setPresent(attendeesOf(editor, getPos()))
    popover.open(restoreFocus)
  }
  useBlockPrompt(editor, getPos, () => open(() => editor.view.focus()))

  const handleChoose = (choice: PersonChoice) => {
    const position = getPos()
    if (position === undefined || choice.kind === 'none') return
    const personId = choice.kind === 'new' ? choice.person.id : choice.id
    assignPerson(editor, people, choice.kind === 'new' ? choice.person : null, () => {
      editor.commands.command(({ tr, state }) => {
        const list = state.doc.nodeAt(position)
        const attendee = state.schema.nodes.attendee?.create({ personId })
        if (!list || !attendee) return false
        tr.insert(position + list.nodeSize - 1, attendee)
        return true
      })
    })
    // The picker stays open for the next person; those on the list are not offered again.
    setPresent(attendeesOf(editor, position))
  }

  return (
    <PopoverChip
      popover={popover}
      className="chip chip--add"
      aria-label={`Add person to ${heading}`}
      onOpen={() => open()}
      popup={() => (
        <PersonPicker
          anchor={popover.anchorRef.current}
          label={`Add to ${heading}`}
          excludeIds={present}
          onChoose={handleChoose}
          onClose={popover.close}
        />
      )}
    >
      Add person
    </PopoverChip>
  )
}

function attendeesOf(editor: Editor, position: number | undefined): Set<string> {
  const ids = new Set<string>()
  const list = position === undefined ? null : editor.state.doc.nodeAt(position)
  list?.forEach((attendee) => {
    const { personId } = readAttendeeAttributes(attendee)
    if (personId) ids.add(personId)
  })
  return ids
}
