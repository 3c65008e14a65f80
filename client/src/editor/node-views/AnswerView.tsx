import { readAnswerAttributes } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { PersonChip } from '../chips/PersonChip'

/** One answer, headed by who gave it. */
export function AnswerView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const speakerId = readAnswerAttributes(node).speakerId
  return (
    <NodeViewWrapper className="answer" data-type="answer" data-speaker-id={speakerId ?? undefined}>
      <ChipRow editor={editor} className="answer__header">
        <PersonChip
          editor={editor}
          label="Answer by"
          personId={speakerId}
          placeholder="Choose who answered"
          pickerLabel="Choose who answered"
          variant="name"
          onChange={(id) => updateAttributes({ speakerId: id })}
        />
      </ChipRow>
      <NodeViewContent className="answer__body" />
    </NodeViewWrapper>
  )
}
