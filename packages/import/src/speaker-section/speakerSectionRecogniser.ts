import { readParagraph } from '../blocks/readParagraph'
import { readSectionBody } from '../blocks/readSectionBody'
import type { Recogniser } from '../context/Recogniser'
import { displayName } from '../people/displayName'
import { isAlias } from '../people/parsePersonMention'
import { parseSpeakerLine } from './parseSpeakerLine'
import { readSpeakerHeading } from './readSpeakerHeading'

// Decisions and actions belong to the meeting, so they end a section rather than join it.
const sectionContent = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'table',
  'recommendation',
])

/**
 * "Name: explained …" opens a section bound to that person; the rest of the line is its first
 * paragraph, and it runs until the next speaker, question block, summary or other recognised
 * block. A heading naming someone known ("Ann Lee (YJB)") opens one too, holding the deeper
 * headings under it.
 */
export const speakerSectionRecogniser: Recogniser = {
  kind: 'speakerSection',

  startsAt: (context, index) =>
    parseSpeakerLine(context, index) !== undefined ||
    readSpeakerHeading(context, index) !== undefined,

  read: (context, index) => {
    const heading = readSpeakerHeading(context, index)
    if (heading) {
      const { person, level } = heading
      const body = readSectionBody(context, index + 1, {
        person,
        allowed: sectionContent,
        underHeading: level,
      })
      context.recognise('speakerSection', displayName(person), index)
      const content = body.nodes.length > 0 ? body.nodes : [{ type: 'paragraph' }]
      return {
        nodes: [{ type: 'speakerSection', attrs: { speakerId: person.id }, content }],
        next: body.next,
      }
    }
    const spoken = parseSpeakerLine(context, index)
    if (!spoken) throw new Error(`Line ${index + 1} does not open a speaker's section.`)
    const person = spoken.person ?? context.people.add(spoken.mention)
    // Initials ("IS: …") are words the person's name would not give back: the line stays whole.
    const first = isAlias(spoken.mention.name)
      ? readParagraph(context, index)
      : readParagraph(context, index, spoken.rest)
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
