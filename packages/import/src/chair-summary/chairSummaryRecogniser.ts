import { chairSummaryHeading, type Person } from '@minutes/schema'
import { readParagraph } from '../blocks/readParagraph'
import { readSectionBody } from '../blocks/readSectionBody'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { displayName } from '../people/displayName'
import type { PersonMention } from '../people/parsePersonMention'
import { parseSpeakerLine } from '../speaker-section/parseSpeakerLine'

const summing =
  /^(?:summed up|summarised|summarized|summarising|summarizing|gave a summary|concluded|closed the meeting by summarising)\b/i
const summaryContent = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'table'])

interface SummaryLine {
  /** The chair where the register knows them already. */
  person: Person | undefined
  mention: PersonMention
  rest: string
}

/**
 * "Name: summed up …" or "Name summed up …": the chair's summing-up and the themes after it.
 * A heading just above it ("Chair's summary", "Key themes") is its own, kept as its label
 * where it is not the usual one.
 */
export const chairSummaryRecogniser: Recogniser = {
  kind: 'chairSummary',

  startsAt: (context, index) =>
    summaryLine(context, index) !== undefined || headingOf(context, index) !== undefined,

  read: (context, headingIndex) => {
    const heading = headingOf(context, headingIndex)
    const index = heading === undefined ? headingIndex : context.nextNonBlank(headingIndex + 1)
    const opening = summaryLine(context, index)
    if (!opening) throw new Error(`Line ${index + 1} does not open a chair's summary.`)
    const person = opening.person ?? context.people.add(opening.mention)
    const first = readParagraph(context, index, opening.rest)
    const body = readSectionBody(context, first.next, { person, allowed: summaryContent })
    context.recognise('chairSummary', displayName(person), index)
    return {
      nodes: [
        {
          type: 'chairSummary',
          attrs: {
            chairId: person.id,
            label: heading === chairSummaryHeading ? null : (heading ?? null),
          },
          content: [first.node, ...body.nodes],
        },
      ],
      next: body.next,
    }
  },
}

/** The text of a Markdown heading standing right above a summary line. */
function headingOf(context: ImportContext, index: number): string | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'heading') return undefined
  const isAbove = summaryLine(context, context.nextNonBlank(index + 1)) !== undefined
  return isAbove ? plainText(line.shape.text).trim().replace(/’/g, "'") : undefined
}

function summaryLine(context: ImportContext, index: number): SummaryLine | undefined {
  const spoken = parseSpeakerLine(context, index)
  if (spoken) return summing.test(plainText(spoken.rest)) ? spoken : undefined
  const line = context.line(index)
  const named = line?.shape.kind === 'text' ? context.people.startingName(line.text) : undefined
  if (!named || !summing.test(plainText(named.rest))) return undefined
  return { person: named.person, mention: { name: named.person.name }, rest: named.rest }
}
