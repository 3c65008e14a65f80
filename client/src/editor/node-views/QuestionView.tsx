import { readQuestionAttributes } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { PersonChip } from '../chips/PersonChip'

/** The question, with who asked it where the minutes say. */
export function QuestionView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper className="question" data-type="question">
      <ChipRow editor={editor} className="question__header">
        <span className="question__label">Question</span>
        <PersonChip
          editor={editor}
          label="Asked by"
          personId={readQuestionAttributes(node).askerId}
          placeholder="Add who asked"
          pickerLabel="Choose who asked"
          noneLabel="asker"
          onChange={(id) => updateAttributes({ askerId: id })}
        />
      </ChipRow>
      <NodeViewContent className="question__body" />
    </NodeViewWrapper>
  )
}
