import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttribute } from '../shared/attributes'
import { findSelectedBlock } from '../shared/findSelectedBlock'
import { type AttributeChecks, optional, personId } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'

export const questionAttributeChecks = { askerId: optional(personId) } satisfies AttributeChecks
export const answerAttributeChecks = { speakerId: optional(personId) } satisfies AttributeChecks

export interface QuestionAttributes {
  askerId: string | null
}

export interface AnswerAttributes {
  speakerId: string | null
}

export function readQuestionAttributes({ attrs = {} }: WithAttributes): QuestionAttributes {
  return { askerId: readOptionalText(attrs.askerId, questionAttributeChecks.askerId) }
}

export function readAnswerAttributes({ attrs = {} }: WithAttributes): AnswerAttributes {
  return { speakerId: readOptionalText(attrs.speakerId, answerAttributeChecks.speakerId) }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    questionAnswer: {
      /** Inserts a question (asker optional) with no answers yet. */
      insertQuestionAnswer: (askerId?: string | null) => ReturnType
      /** Adds an answer by `speakerId` at the end of the question around the selection. */
      addAnswer: (speakerId: string) => ReturnType
    }
  }
}

/** A question from the floor; the asker is optional. */
export const Question = Node.create({
  name: 'question',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return { askerId: dataAttribute('askerId', 'asker-id', questionAttributeChecks.askerId) }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="question"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'question', class: 'question' }),
      0,
    ]
  },
})

/** One named answer to a question; the answering speaker may correct it. */
export const Answer = Node.create({
  name: 'answer',
  content: '(paragraph | bulletList | orderedList | table | recommendation)+',
  defining: true,
  isolating: true,

  addAttributes() {
    return { speakerId: dataAttribute('speakerId', 'speaker-id', answerAttributeChecks.speakerId) }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="answer"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'answer', class: 'answer' }), 0]
  },
})

/** A question and the answers given to it. */
export const QuestionAnswer = Node.create({
  name: 'questionAnswer',
  group: 'block',
  content: 'question answer*',
  defining: true,
  draggable: true,

  parseHTML() {
    return [{ tag: 'section[data-type="question-answer"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-type': 'question-answer', class: 'question-answer' }),
      0,
    ]
  },

  addCommands() {
    return {
      insertQuestionAnswer:
        (askerId = null) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            content: [{ type: 'question', attrs: { askerId }, content: [{ type: 'paragraph' }] }],
          }),
      addAnswer:
        (speakerId) =>
        ({ state, tr, dispatch }) => {
          const found = findSelectedBlock(state.selection, this.name)
          if (!found) return false
          const end = found.position + found.node.nodeSize - 1
          const answer = state.schema.nodes.answer!.create(
            { speakerId },
            state.schema.nodes.paragraph!.create(),
          )
          if (dispatch) tr.insert(end, answer)
          return true
        },
    }
  },
})
