import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { BlockNumber } from './BlockNumber'
import { readNumber } from './readNumber'

/** A formal decision, "Resolved, That ...", numbered D1, D2... */
export function DecisionView({ decorations }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper className="decision" data-type="decision">
      <BlockNumber number={readNumber(decorations)} />
      <NodeViewContent className="decision__body" />
    </NodeViewWrapper>
  )
}
