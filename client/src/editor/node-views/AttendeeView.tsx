import { describePerson, readAttendeeAttributes } from '@minutes/schema'
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { usePerson } from '../../collaboration/usePeople'
import { ChipRow } from '../chips/ChipRow'
import { PersonChip } from '../chips/PersonChip'
import { useEditable } from '../EditableContext'

/** One person on an attendance list, "Name (Organisation)"; Delete or × removes them. */
export function AttendeeView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const isEditable = useEditable()
  const personId = readAttendeeAttributes(node).personId
  const person = usePerson(usePeopleMap(), personId)
  const remove = () => {
    deleteNode()
    editor.view.focus()
  }
  return (
    <NodeViewWrapper className="attendee" data-type="attendee">
      <ChipRow editor={editor} className="attendee__row" onDelete={remove}>
        <PersonChip
          editor={editor}
          label="Attendee"
          personId={personId}
          placeholder="Choose a person"
          pickerLabel="Change attendee"
          variant="plain"
          onChange={(id) => (id ? updateAttributes({ personId: id }) : remove())}
        />
        <button
          type="button"
          tabIndex={-1}
          disabled={!isEditable}
          className="chip chip--remove"
          data-chip=""
          aria-label={`Remove ${person ? describePerson(person) : 'this person'}`}
          title="Remove (Delete)"
          onClick={remove}
        >
          ×
        </button>
      </ChipRow>
    </NodeViewWrapper>
  )
}
