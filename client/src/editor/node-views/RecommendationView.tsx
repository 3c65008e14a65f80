import { readRecommendationAttributes, recommendationStatuses } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { registerStatusLabels } from '../../shared/labels/registerStatusLabels'
import { ChipRow } from '../chips/ChipRow'
import { ChoiceChip } from '../chips/ChoiceChip'
import { FieldChip } from '../chips/FieldChip'
import { PersonChip } from '../chips/PersonChip'
import { BlockNumber } from './BlockNumber'
import { readNumber } from './readNumber'

/** A recommendation: its number (R1...), its text, then status, addressee and proposer. */
export function RecommendationView({
  node,
  decorations,
  editor,
  updateAttributes,
}: ReactNodeViewProps) {
  const { status, addressee, proposerId } = readRecommendationAttributes(node)
  return (
    <NodeViewWrapper className="recommendation" data-type="recommendation" data-status={status}>
      <BlockNumber number={readNumber(decorations)} />
      <NodeViewContent className="recommendation__body" />
      <ChipRow editor={editor} className="block-chips">
        <ChoiceChip
          label="Status"
          value={status}
          choices={recommendationStatuses}
          labels={registerStatusLabels}
          className="chip--status"
          onChange={(next) => updateAttributes({ status: next })}
        />
        <FieldChip
          label="To"
          value={addressee}
          placeholder="Add addressee"
          onChange={(next) => updateAttributes({ addressee: next })}
        />
        <PersonChip
          editor={editor}
          label="Proposed by"
          personId={proposerId}
          placeholder="Add proposer"
          pickerLabel="Choose who proposed it"
          noneLabel="proposer"
          onChange={(id) => updateAttributes({ proposerId: id })}
        />
      </ChipRow>
    </NodeViewWrapper>
  )
}
