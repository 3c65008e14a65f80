import { readSpeakerSectionAttributes } from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useRef } from 'react'
import { correctionBadgeLabels, useCorrectionBadge } from '../../corrections/CorrectionBadges'
import { useBlockPrompt } from '../blocks/useBlockPrompt'
import type { ChipHandle } from '../chips/ChipHandle'
import { ChipRow } from '../chips/ChipRow'
import { PersonChip } from '../chips/PersonChip'

/** A speaker's contribution: who spoke (from the people register), then what they said. */
export function SpeakerSectionView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const speakerId = readSpeakerSectionAttributes(node).speakerId
  const speaker = useRef<ChipHandle>(null)
  const badge = useCorrectionBadge(speakerId)
  useBlockPrompt(editor, getPos, () => speaker.current?.open())
  return (
    <NodeViewWrapper
      as="section"
      className="speaker-section"
      data-type="speaker-section"
      data-speaker-id={speakerId ?? undefined}
    >
      <ChipRow editor={editor} className="speaker-section__header">
        <PersonChip
          editor={editor}
          label="Speaker"
          personId={speakerId}
          placeholder="Choose the speaker"
          pickerLabel="Choose the speaker"
          variant="name"
          onChange={(id) => updateAttributes({ speakerId: id })}
          handleRef={speaker}
        />
        {badge && (
          <span
            className={`correction-badge correction-badge--${badge}`}
            contentEditable={false}
            data-correction-badge={badge}
          >
            {correctionBadgeLabels[badge]}
          </span>
        )}
      </ChipRow>
      <NodeViewContent className="speaker-section__body" />
    </NodeViewWrapper>
  )
}
