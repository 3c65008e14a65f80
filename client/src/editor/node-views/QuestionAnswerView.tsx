import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { ChipRow } from '../chips/ChipRow'
import { PopoverChip } from '../chips/PopoverChip'
import { usePopover } from '../chips/usePopover'
import { assignPerson } from '../people/assignPerson'
import { type PersonChoice, PersonPicker } from '../people/PersonPicker'

/** A question and its answers; "Add answer" asks who answered and puts the caret in the answer. */
export function QuestionAnswerView({ editor, getPos }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper as="section" className="question-answer" data-type="question-answer">
      <NodeViewContent className="question-answer__body" />
      <ChipRow editor={editor} className="question-answer__actions">
        <AddAnswer editor={editor} getPos={getPos} />
      </ChipRow>
    </NodeViewWrapper>
  )
}

function AddAnswer({ editor, getPos }: { editor: Editor; getPos: () => number | undefined }) {
  const people = usePeopleMap()
  const popover = usePopover()

  const handleChoose = (choice: PersonChoice) => {
    const position = getPos()
    if (position === undefined || choice.kind === 'none') return
    const speakerId = choice.kind === 'new' ? choice.person.id : choice.id
    popover.close()
    assignPerson(editor, people, choice.kind === 'new' ? choice.person : null, () => {
      editor
        .chain()
        .focus()
        .command(({ tr, state }) => {
          const block = state.doc.nodeAt(position)
          const { answer, paragraph } = state.schema.nodes
          if (!block || !answer || !paragraph) return false
          const end = position + block.nodeSize - 1
          tr.insert(end, answer.create({ speakerId }, paragraph.create()))
          // Into the new answer's paragraph, to type what was said.
          tr.setSelection(TextSelection.create(tr.doc, end + 2))
          return true
        })
        .run()
    })
  }

  return (
    <PopoverChip
      popover={popover}
      className="chip chip--add"
      popup={() => (
        <PersonPicker
          anchor={popover.anchorRef.current}
          label="Choose who answered"
          onChoose={handleChoose}
          onClose={popover.close}
        />
      )}
    >
      Add answer
    </PopoverChip>
  )
}
