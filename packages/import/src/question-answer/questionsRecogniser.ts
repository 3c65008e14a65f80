import { readQuestionLead } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { headingOf } from '../blocks/headingOf'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { paragraphOf } from '../blocks/paragraphOf'
import { inferredHeadingLevel } from '../blocks/readBlock'
import { readParagraph } from '../blocks/readParagraph'
import { readSectionBody } from '../blocks/readSectionBody'
import { withoutLeadingText } from '../blocks/withoutLeadingText'
import { chairSummaryRecogniser } from '../chair-summary/chairSummaryRecogniser'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { displayName } from '../people/displayName'
import { readPerson } from '../people/readPerson'
import { parseSpeakerLine } from '../speaker-section/parseSpeakerLine'

const opening =
  /\b(?:took|taking|invited|opened the (?:floor|meeting) to)\s+(?:\S+\s+){0,2}?questions\b|\bquestions from the (?:floor|audience)\b/i
const heading =
  /^(?:questions?(?: (?:and|&) answers?| from the (?:floor|audience)| and discussion)?|q ?& ?a|discussion and questions)\s*:?$/i
const asking = /^(?:asked|queried|questioned|wondered|wanted to know)\b/
const answerContent = new Set(['paragraph', 'bulletList', 'orderedList', 'table', 'recommendation'])

/**
 * Questions from the floor: the chair's "took questions …" paragraph or a "Questions" heading,
 * then each bullet or line ending in "?" with the "Name: …" paragraphs after it as its answers.
 */
export const questionsRecogniser: Recogniser = {
  kind: 'questions',

  startsAt: (context, index) =>
    isOpening(context, index) || isHeadingMatching(context, index, heading),

  read: (context, index) => {
    const line = context.line(index)
    const nodes: JSONContent[] = []
    let current = index + 1
    if (line?.shape.kind === 'heading') {
      nodes.push(headingOf(line.shape.level, line.shape.text, context.format))
    } else if (isOpening(context, index)) {
      const intro = readParagraph(context, index)
      nodes.push(intro.node)
      current = intro.next
    } else {
      nodes.push(headingOf(inferredHeadingLevel, line?.text ?? '', context.format))
    }
    const written = line?.shape.kind === 'heading' ? line.shape.text : (line?.text ?? '')
    context.recognise('questions', plainText(written), index)
    for (let start = context.nextNonBlank(current); isQuestion(context, start); ) {
      const read = readQuestionAnswer(context, start)
      nodes.push(read.node)
      current = read.next
      start = context.nextNonBlank(current)
    }
    return { nodes, next: current }
  },
}

function isOpening(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  return line?.shape.kind === 'text' && opening.test(plainText(line.text))
}

/** A bullet or line ending in "?"; a "Name: …?" line only where the name asked it. */
function isQuestion(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  if (!line) return false
  const text = line.shape.kind === 'listItem' ? line.shape.text : line.text
  if (line.shape.kind !== 'listItem' && line.shape.kind !== 'text') return false
  if (!/\?["'’”)\]]*$/.test(plainText(text))) return false
  const spoken = parseSpeakerLine(context, index)
  return !spoken || asking.test(plainText(spoken.rest))
}

function readQuestionAnswer(
  context: ImportContext,
  index: number,
): { node: JSONContent; next: number } {
  const line = context.line(index)
  const asker = parseSpeakerLine(context, index)
  const written =
    line?.shape.kind === 'listItem' ? line.shape.text : (asker?.rest ?? line?.text ?? '')
  // "Q: …" and "Question from Ann Lee (YJB): …", as the exports write a question.
  const lead = asker ? undefined : readQuestionLead(plainText(written))
  const leadAsker = lead?.asker ? readPerson(context, lead.asker) : undefined
  const isLead = lead !== undefined && (lead.asker === null || leadAsker !== undefined)
  const askerPerson = asker ? (asker.person ?? context.people.add(asker.mention)) : leadAsker
  const paragraph = paragraphOf([written], context.format)
  const question: JSONContent = {
    type: 'question',
    attrs: { askerId: askerPerson?.id ?? null },
    content: [isLead ? withoutLeadingText(paragraph, lead.length) : paragraph],
  }
  context.recognise('questionAnswer', itemLabel(question), index)

  const answers: JSONContent[] = []
  let current = index + 1
  for (;;) {
    const start = context.nextNonBlank(current)
    const spoken = parseSpeakerLine(context, start)
    if (!spoken || isQuestion(context, start) || chairSummaryRecogniser.startsAt(context, start))
      break
    const person = spoken.person ?? context.people.add(spoken.mention)
    const first = readParagraph(context, start, spoken.rest)
    const body = readSectionBody(context, first.next, {
      person,
      allowed: answerContent,
      endsAt: (at) => isQuestion(context, at),
    })
    context.recognise('answer', displayName(person), start)
    answers.push({
      type: 'answer',
      attrs: { speakerId: person.id },
      content: [first.node, ...body.nodes],
    })
    current = body.next
  }
  return { node: { type: 'questionAnswer', content: [question, ...answers] }, next: current }
}
