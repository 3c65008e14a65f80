import { readParagraph } from '../blocks/readParagraph'
import { readSectionBody } from '../blocks/readSectionBody'
import type { Recogniser } from '../context/Recogniser'
import { displayName } from '../people/displayName'
import { parseSpeakerLine } from './parseSpeakerLine'

// Decisions and actions belong to the meeting, so they end a section rather than join it.
const sectionContent = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'recommendation',
])

/**
 * "Name: explained …" opens a section bound to that person; the rest of the line is its first
 * paragraph, and it runs until the next speaker, question block, summary or other recognised block.
 */
export const speakerSectionRecogniser: Recogniser = {
  kind: 'speakerSection',

  startsAt: (context, index) => parseSpeakerLine(context, index) !== undefined,

  read: (context, index) => {
    const spoken = parseSpeakerLine(context, index)
    if (!spoken) throw new Error(`Line ${index + 1} does not open a speaker's section.`)
    const person = spoken.person ?? context.people.add(spoken.mention)
    const first = readParagraph(context, index, spoken.rest)
    const body = readSectionBody(context, first.next, { person, allowed: sectionContent })
    const opensEmpty = spoken.rest.trim() === '' && body.nodes.length > 0
    context.recognise('speakerSection', displayName(person), index)
    return {
      nodes: [
        {
          type: 'speakerSection',
          attrs: { speakerId: person.id },
          content: opensEmpty ? body.nodes : [first.node, ...body.nodes],
        },
      ],
      next: body.next,
    }
  },
}
