import { actionStatuses, formatMeetingDate, readActionItemAttributes } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { registerStatusLabels } from '../../shared/labels/registerStatusLabels'
import { ChipRow } from '../chips/ChipRow'
import { ChoiceChip } from '../chips/ChoiceChip'
import { FieldChip } from '../chips/FieldChip'
import { PersonChip } from '../chips/PersonChip'
import { BlockNumber } from './BlockNumber'
import { readNumber } from './readNumber'

/** Something someone must do by a date: A1..., its text, then owner, due date and status. */
export function ActionItemView({
  node,
  decorations,
  editor,
  updateAttributes,
}: ReactNodeViewProps) {
  const { status, dueDate, ownerId, label } = readActionItemAttributes(node)
  // Owner, due date and status as the minutes wrote them stand in for the values; a change to
  // a value makes its old wording wrong, so the wording goes with it.
  return (
    <NodeViewWrapper className="action-item" data-type="action-item" data-status={status}>
      <BlockNumber number={readNumber(decorations)} />
      <NodeViewContent className="action-item__body" />
      <ChipRow editor={editor} className="block-chips">
        <PersonChip
          editor={editor}
          label="Owner"
          personId={ownerId}
          placeholder="Add owner"
          pickerLabel="Choose who does it"
          noneLabel="owner"
          onChange={(id) => {
            if (id !== ownerId) updateAttributes({ ownerId: id, ownerLabel: null })
          }}
        />
        <FieldChip
          label="Due"
          value={dueDate}
          placeholder="Add due date"
          inputType="date"
          format={formatMeetingDate}
          onChange={(next) => {
            if (next !== dueDate) updateAttributes({ dueDate: next, dueLabel: null })
          }}
        />
        <ChoiceChip
          label="Status"
          value={status}
          choices={actionStatuses}
          labels={registerStatusLabels}
          className="chip--status"
          onChange={(next) => {
            if (next !== status) updateAttributes({ status: next, statusLabel: null })
          }}
        />
        {label && (
          // The headings of the action table it came from; it is set out under them again.
          <span className="action-item__label" title="The headings of the table it came from">
            {label}
          </span>
        )}
      </ChipRow>
    </NodeViewWrapper>
  )
}
