import {
  type OfficerRole,
  officerRoleLabels,
  officerRoles,
  readOfficerAttributes,
} from '@minutes/schema'
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { ChoiceChip } from '../chips/ChoiceChip'
import { PersonChip } from '../chips/PersonChip'
import { useEditable } from '../EditableContext'

const roleLabels = Object.fromEntries(
  officerRoles.map((role) => [role, officerRoleLabels[role].one]),
) as Record<OfficerRole, string>

/** "Chair: Baroness Massey of Darwen": the role (or the minutes' own word for it) and a person. */
export function OfficerView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const isEditable = useEditable()
  const { role, personId, label } = readOfficerAttributes(node)
  const roleLabel = label || roleLabels[role]
  return (
    <NodeViewWrapper className="officer" data-type="officer" data-role={role}>
      <ChipRow editor={editor} className="officer__row">
        <ChoiceChip
          label="Officer role"
          value={role}
          choices={officerRoles}
          labels={label ? { ...roleLabels, [role]: label } : roleLabels}
          className="chip--role"
          // The minutes' own word belonged to the old role.
          onChange={(next) => updateAttributes({ role: next, label: null })}
        />
        <PersonChip
          editor={editor}
          label={roleLabel}
          personId={personId}
          placeholder={`Choose the ${roleLabel.toLowerCase()}`}
          pickerLabel={`Choose the ${roleLabel.toLowerCase()}`}
          variant="name"
          onChange={(id) => (id ? updateAttributes({ personId: id }) : deleteNode())}
        />
        <button
          type="button"
          tabIndex={-1}
          disabled={!isEditable}
          className="chip chip--remove"
          data-chip=""
          aria-label={`Remove ${roleLabel.toLowerCase()}`}
          title="Remove (Delete)"
          onClick={() => {
            deleteNode()
            editor.view.focus()
          }}
        >
          ×
        </button>
      </ChipRow>
    </NodeViewWrapper>
  )
}
