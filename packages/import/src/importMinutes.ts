import type { JSONContent } from '@tiptap/core'
import { actionItemRecogniser } from './action-item/actionItemRecogniser'
import { agendaItemRecogniser } from './agenda-item/agendaItemRecogniser'
import { attendanceRecogniser } from './attendance/attendanceRecogniser'
import { readBlock } from './blocks/readBlock'
import { chairSummaryRecogniser } from './chair-summary/chairSummaryRecogniser'
import { ImportContext } from './context/ImportContext'
import type { Recogniser } from './context/Recogniser'
import { countRecognised } from './countRecognised'
import { decisionRecogniser } from './decision/decisionRecogniser'
import { frontMatterRecogniser } from './front-matter/frontMatterRecogniser'
import type { ImportFormat, ImportOptions, ImportResult } from './ImportResult'
import { type Line, splitLines } from './lines/splitLines'
import { meetingDetailsRecogniser } from './meeting-details/meetingDetailsRecogniser'
import { meetingHeaderRecogniser } from './meeting-header/meetingHeaderRecogniser'
import { nextMeetingRecogniser } from './next-meeting/nextMeetingRecogniser'
import { questionsRecogniser } from './question-answer/questionsRecogniser'
import { recommendationRecogniser } from './recommendation/recommendationRecogniser'
import { speakerSectionRecogniser } from './speaker-section/speakerSectionRecogniser'
import { tableRecogniser } from './table/tableRecogniser'

// In order of precedence: the questions and summary openings are also "Name: …" lines; a
// table's rows are no one's lines.
const recognisers: readonly Recogniser[] = [
  frontMatterRecogniser,
  tableRecogniser,
  meetingHeaderRecogniser,
  meetingDetailsRecogniser,
  nextMeetingRecogniser,
  attendanceRecogniser,
  agendaItemRecogniser,
  decisionRecogniser,
  actionItemRecogniser,
  questionsRecogniser,
  chairSummaryRecogniser,
  speakerSectionRecogniser,
  recommendationRecogniser,
]

/**
 * Minutes as text or Markdown → a structured document, its people register and a report of
 * what was recognised. Nothing of the source is dropped: what no recogniser claims stays as
 * paragraphs, headings or lists and is listed in `report.unrecognised`.
 */
export function importMinutes(source: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? 'text'
  return importLines(splitLines(source, format), format)
}

/**
 * Lines of minutes, however they were read, through the recognisers. `paragraphPerLine`: each
 * line is a whole paragraph (as a Word document's are), joined to the next only by a line
 * break (a Markdown `\` at its end).
 */
export function importLines(
  lines: readonly Line[],
  format: ImportFormat,
  paragraphPerLine = false,
): ImportResult {
  const context = new ImportContext(lines, format, recognisers, paragraphPerLine)
  const content: JSONContent[] = []
  for (let index = context.nextNonBlank(0); index < context.lines.length; ) {
    const recogniser = recognisers.find((candidate) => candidate.startsAt(context, index))
    if (recogniser) {
      const { nodes, next } = recogniser.read(context, index)
      content.push(...nodes)
      if (
        !['frontMatter', 'meetingHeader', 'meetingDetails', 'nextMeeting'].includes(recogniser.kind)
      ) {
        context.hasBody = true
      }
      index = context.nextNonBlank(Math.max(next, index + 1))
      continue
    }
    const { node, next } = readBlock(context, index)
    for (const line of context.lines.slice(index, next)) {
      if (line.shape.kind !== 'blank')
        context.report.unrecognised.push({ line: line.number, text: line.text })
    }
    content.push(node)
    index = context.nextNonBlank(Math.max(next, index + 1))
  }
  // Sections are reported once read, after what they hold; the report reads in source order.
  context.report.recognised.sort((first, second) => first.line - second.line)
  // A document holds at least one block, so empty minutes are one empty paragraph.
  const doc = { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
  return {
    content: doc,
    people: context.people.list(),
    report: { counts: countRecognised(doc), ...context.report },
    ...(context.title === undefined ? {} : { title: context.title }),
  }
}
