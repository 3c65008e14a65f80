import { checkAttributeValue, formatMeetingDate } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { headingOf } from '../blocks/headingOf'
import { paragraphOf } from '../blocks/paragraphOf'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { findDate } from '../meeting-details/findDate'
import { noDetails } from '../meeting-details/noDetails'
import { missingWords } from '../missingWords'
import { frontMatterEnd } from './frontMatterEnd'
import { type FrontMatterLine, readFrontMatter } from './readFrontMatter'

const endOf = (context: ImportContext) => frontMatterEnd((index) => context.line(index)?.text)

/**
 * YAML front matter opening a Markdown document (`---`, `title: …`, `date: …`, `---`): the
 * title becomes the minutes' first heading and the title the import suggests, the date the
 * meeting's. Other lines, and a date that is no date, stay as written, in one plain paragraph.
 */
export const frontMatterRecogniser: Recogniser = {
  kind: 'frontMatter',

  startsAt: (context, index) =>
    index === 0 && context.format === 'markdown' && endOf(context) !== undefined,

  read: (context, index) => {
    const end = endOf(context) ?? index
    const lines: FrontMatterLine[] = []
    for (let at = index + 1; at < end; at++) {
      const text = context.line(at)?.text ?? ''
      if (text !== '') lines.push({ index: at, text })
    }
    const { found, rest } = readFrontMatter(lines)
    const nodes: JSONContent[] = []
    const described: string[] = []
    if (found.title) {
      nodes.push(headingOf(1, found.title.value, 'text'))
      context.title = found.title.value
      described.push(found.title.value)
    }
    const date = found.date && meetingDateOf(found.date.value)
    if (found.date && date) {
      context.details = { type: 'meetingDetails', attrs: { ...noDetails(), ...date } }
      nodes.push(context.details)
      context.hasDetails = true
      context.meetingDate = date.date
      described.push(date.date)
    } else if (found.date) {
      rest.push(found.date)
    }
    rest.sort((first, second) => first.index - second.index)
    if (rest.length > 0) {
      nodes.push(
        paragraphOf(
          rest.map((line) => line.text),
          'text',
        ),
      )
      for (const line of rest) {
        context.report.unrecognised.push({
          line: context.line(line.index)?.number ?? line.index + 1,
          text: line.text,
        })
      }
    }
    context.recognise('frontMatter', described.join(', ') || 'Front matter', index)
    return { nodes, next: end + 1 }
  },
}

/** The meeting date a front-matter value gives, with the value as written where the formatted date would drop words of it. */
function meetingDateOf(value: string): { date: string; dateLabel: string | null } | undefined {
  const iso = findDate(value)?.iso
  if (!iso || checkAttributeValue('meetingDetails', 'date', iso)) return undefined
  return {
    date: iso,
    dateLabel: missingWords(value, formatMeetingDate(iso)).length > 0 ? value : null,
  }
}
