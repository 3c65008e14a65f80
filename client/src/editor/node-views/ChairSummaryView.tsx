import { chairSummaryHeading, readChairSummaryAttributes } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { PersonChip } from '../chips/PersonChip'

/** The chair's summing up, under its heading (`chairSummaryHeading` or the minutes' own). */
export function ChairSummaryView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { chairId, label } = readChairSummaryAttributes(node)
  return (
    <NodeViewWrapper as="section" className="chair-summary" data-type="chair-summary">
      <div className="chair-summary__heading" contentEditable={false}>
        <h2>{label || chairSummaryHeading}</h2>
        <ChipRow editor={editor}>
          <PersonChip
            editor={editor}
            label="Chair"
            personId={chairId}
            placeholder="Add chair"
            pickerLabel="Choose the chair"
            noneLabel="chair"
            onChange={(id) => updateAttributes({ chairId: id })}
          />
        </ChipRow>
      </div>
      <NodeViewContent className="chair-summary__body" />
    </NodeViewWrapper>
  )
}
