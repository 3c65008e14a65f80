import { type ActionStatus, actionStatuses, formatMeetingDate } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { ChoiceChip } from '../chips/ChoiceChip'
import { FieldChip } from '../chips/FieldChip'
import { PersonChip } from '../chips/PersonChip'
import { actionStatusLabels } from '../statusLabels'
import { BlockNumber } from './BlockNumber'
import { readId } from './readId'
import { readNumber } from './readNumber'

/** Something someone must do by a date: A1..., its text, then owner, due date and status. */
export function ActionItemView({
  node,
  decorations,
  editor,
  updateAttributes,
}: ReactNodeViewProps) {
  const status = (actionStatuses as readonly string[]).includes(node.attrs.status)
    ? (node.attrs.status as ActionStatus)
    : 'open'
  const dueDate = typeof node.attrs.dueDate === 'string' ? node.attrs.dueDate : null
  return (
    <NodeViewWrapper className="action-item" data-type="action-item" data-status={status}>
      <BlockNumber number={readNumber(decorations)} />
      <NodeViewContent className="action-item__body" />
      <ChipRow editor={editor} className="block-chips">
        <PersonChip
          editor={editor}
          label="Owner"
          personId={readId(node.attrs.ownerId)}
          placeholder="Add owner"
          pickerLabel="Choose who does it"
          noneLabel="owner"
          onChange={(id) => updateAttributes({ ownerId: id })}
        />
        <FieldChip
          label="Due"
          value={dueDate}
          placeholder="Add due date"
          inputType="date"
          format={formatMeetingDate}
          onChange={(next) => updateAttributes({ dueDate: next })}
        />
        <ChoiceChip
          label="Status"
          value={status}
          choices={actionStatuses}
          labels={actionStatusLabels}
          className="chip--status"
          onChange={(next) => updateAttributes({ status: next })}
        />
      </ChipRow>
    </NodeViewWrapper>
  )
}
