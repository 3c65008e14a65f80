import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { memo } from 'react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { usePerson } from '../../collaboration/usePeople'

/** A speaker's contribution: who spoke (from the people register), then what they said. */
export function SpeakerSectionView({ node }: ReactNodeViewProps) {
  const speakerId = typeof node.attrs.speakerId === 'string' ? node.attrs.speakerId : null
  return (
    <NodeViewWrapper
      as="section"
      className="speaker-section"
      data-type="speaker-section"
      data-speaker-id={speakerId ?? undefined}
    >
      <SpeakerHeader speakerId={speakerId} />
      <NodeViewContent className="speaker-section__body" />
    </NodeViewWrapper>
  )
}

const SpeakerHeader = memo(function SpeakerHeader({ speakerId }: { speakerId: string | null }) {
  const person = usePerson(usePeopleMap(), speakerId)
  return (
    <div className="speaker-section__header" contentEditable={false}>
      {person ? (
        <>
          <span className="speaker-section__name">
            {person.title ? `${person.title} ${person.name}` : person.name}
          </span>
          {person.organisation && (
            <span className="speaker-section__organisation">{person.organisation}</span>
          )}
        </>
      ) : (
        <span className="speaker-section__name speaker-section__name--unknown">
          Unknown speaker
        </span>
      )}
    </div>
  )
})
