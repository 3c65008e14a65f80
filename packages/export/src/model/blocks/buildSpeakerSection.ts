import { readSpeakerSectionAttributes } from '@minutes/schema'
import type { BlockBuilder } from './BlockBuilder'

/** A section under its speaker's heading; headings inside it sit below that one. */
export const buildSpeakerSection: BlockBuilder = (node, context, minimumLevel) => {
  const { speakerId } = readSpeakerSectionAttributes(node)
  const level = context.headings.next(2, minimumLevel)
  const speaker = context.person(speakerId, 'Unnamed speaker')
  const blocks = context.walkAsSpeaker(speakerId, node, level + 1)
  context.headings.close(level)
  return { type: 'speakerSection', level, speaker, lead: `${speaker.described}:`, blocks }
}
