// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'
import { positionOf } from '../testing/positionOf'

const question = (askerId: string | null, text: string): JSONContent => ({
  type: 'question',
  attrs: { askerId },
  content: [paragraph(text)],
})

const answer = (speakerId: string | null, ...content: JSONContent[]): JSONContent => ({
  type: 'answer',
  attrs: { speakerId },
  content,
})

const questions: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'questionAnswer',
      content: [
        question('p-foster-carer', 'How are carers told of exclusions?'),
        answer('p-hart', paragraph('By the virtual school head.')),
        answer(
          'p-jones',
          paragraph('Not always:'),
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [paragraph('often late')] }],
          },
          {
            type: 'recommendation',
            attrs: { addressee: 'Schools', status: 'proposed', proposerId: 'p-jones' },
            content: [paragraph('Tell carers the same day.')],
          },
        ),
      ],
    },
    { type: 'questionAnswer', content: [question(null, 'From the floor: what next?')] },
  ],
}

describe('QuestionAnswer', () => {
  it('inserts a question by the given person with no answers yet', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertQuestionAnswer('p-asker')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'questionAnswer',
      content: [
        { type: 'question', attrs: { askerId: 'p-asker' }, content: [{ type: 'paragraph' }] },
      ],
    })
  })

  it('inserts a question from the floor when no asker is given', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertQuestionAnswer()
    editor.commands.insertContent('What next?')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'questionAnswer',
      content: [question(null, 'What next?')],
    })
  })

  it('adds answers, in order, at the end of the question around the selection', () => {
    const editor = createTestEditor(questions)
    editor.commands.setTextSelection(positionOf(editor, 'what next?'))
    expect(editor.commands.addAnswer('p-hart')).toBe(true)
    expect(editor.commands.addAnswer('p-jones')).toBe(true)
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'questionAnswer',
      content: [
        question(null, 'From the floor: what next?'),
        answer('p-hart', { type: 'paragraph' }),
        answer('p-jones', { type: 'paragraph' }),
      ],
    })
  })

  it('adds an answer after the others when the selection is in an answer', () => {
    const editor = createTestEditor(questions)
    editor.commands.setTextSelection(positionOf(editor, 'By the virtual'))
    editor.commands.addAnswer('p-third')
    expect(editor.getJSON().content?.[0]?.content?.map((node: JSONContent) => node.attrs)).toEqual([
      { askerId: 'p-foster-carer' },
      { speakerId: 'p-hart' },
      { speakerId: 'p-jones' },
      { speakerId: 'p-third' },
    ])
  })

  it('refuses to add an answer outside a question', () => {
    const editor = createTestEditor('<p>Intro</p>')
    editor.commands.setTextSelection(2)
    expect(editor.can().addAnswer('p1')).toBe(false)
    expect(editor.commands.addAnswer('p1')).toBe(false)
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [paragraph('Intro')] })
  })

  it('round-trips through JSON with askers, speakers and what answers hold', () => {
    expectRoundTrip(questions, 'JSON')
  })

  it('round-trips through HTML with askers, speakers and what answers hold', () => {
    expectRoundTrip(questions, 'HTML')
  })

  describe('schema', () => {
    const questionAnswer = (...content: JSONContent[]): JSONContent => ({
      type: 'questionAnswer',
      content,
    })

    it('accepts a question followed by any number of answers', () => {
      expect(checkDoc(...(questions.content ?? []))).not.toThrow()
    })

    it('refuses a question or an answer outside a question-and-answer', () => {
      expect(checkDoc(question('p1', 'Why?'))).toThrow(/Invalid content for node doc/)
      expect(checkDoc(answer('p1', paragraph('Because.')))).toThrow(/Invalid content for node doc/)
    })

    it('refuses answers without a question, before it, or a second question', () => {
      const because = answer('p1', paragraph('Because.'))
      expect(checkDoc(questionAnswer(because))).toThrow(/Invalid content for node questionAnswer/)
      expect(checkDoc(questionAnswer(because, question('p1', 'Why?')))).toThrow(
        /Invalid content for node questionAnswer/,
      )
      expect(checkDoc(questionAnswer(question('p1', 'Why?'), question('p2', 'How?')))).toThrow(
        /Invalid content for node questionAnswer/,
      )
    })

    it('refuses an empty answer and lists in a question', () => {
      expect(checkDoc(questionAnswer(question('p1', 'Why?'), answer('p2')))).toThrow(
        /Invalid content for node answer/,
      )
      expect(
        checkDoc(
          questionAnswer({
            type: 'question',
            attrs: { askerId: null },
            content: [
              { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('x')] }] },
            ],
          }),
        ),
      ).toThrow(/Invalid content for node question/)
    })
  })
})
