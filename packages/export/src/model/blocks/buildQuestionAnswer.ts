import { describeQuestionLead, readAnswerAttributes, readQuestionAttributes } from '@minutes/schema'
import type { Answer } from '../RenderModel'
import type { BlockBuilder } from './BlockBuilder'

/** The question, then each answer under its speaker's name. */
export const buildQuestionAnswer: BlockBuilder = (node, context, minimumLevel) => {
  const question = node.firstChild
  const answers: Answer[] = []
  node.forEach((child, _offset, index) => {
    if (index === 0) return
    const { speakerId } = readAnswerAttributes(child)
    const speaker = context.person(speakerId, 'Unnamed speaker')
    answers.push({
      speaker,
      lead: `${speaker.described}:`,
      blocks: context.walkAsSpeaker(speakerId, child, minimumLevel),
    })
  })
  const asker = question
    ? context.optionalPerson(readQuestionAttributes(question).askerId, 'Unnamed person')
    : null
  return {
    type: 'questionAnswer',
    asker,
    lead: describeQuestionLead(asker?.described ?? null),
    question: question ? context.walkChildren(question, minimumLevel) : [],
    answers,
  }
}
