import {
  type AgendaItemAttributes,
  agendaItemLevel,
  agendaReferenceText,
  isSafeHref,
  readAgendaItemAttributes,
} from '@minutes/schema'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { ChipRow } from '../chips/ChipRow'
import { Popover } from '../chips/Popover'
import { PopoverChip } from '../chips/PopoverChip'
import { usePopover } from '../chips/usePopover'
import { AgendaItemForm } from './AgendaItemForm'

/**
 * An agenda item: its title as a heading (level 2, sub-items 3 and deeper) with its number
 * printed before it, its reference linked beside it, and a chip that edits both and renumbers.
 * The heading is a role rather than an h2/h3 element, so that a new number never replaces the
 * element ProseMirror edits the title in.
 */
export function AgendaItemView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const attributes = readAgendaItemAttributes(node)
  const { number, reference } = attributes
  const referenceText = agendaReferenceText(attributes)
  const popover = usePopover()
  const handleSave = (changes: AgendaItemAttributes) => {
    updateAttributes(changes)
    popover.close()
  }
  const handleRenumber = () => {
    popover.close()
    editor.commands.renumberAgendaItems()
  }
  return (
    <NodeViewWrapper className="agenda-item-block" data-type="agenda-item">
      <NodeViewContent
        className="agenda-item"
        role="heading"
        aria-level={agendaItemLevel(number)}
        data-number={number ?? undefined}
      />
      <ChipRow editor={editor} className="agenda-item__chips">
        {reference !== null && isSafeHref(reference) && (
          <a
            className="agenda-item__reference"
            href={reference}
            target="_blank"
            rel="noopener noreferrer nofollow"
          >
            {referenceText}
          </a>
        )}
        <PopoverChip
          popover={popover}
          className="chip chip--field"
          aria-label={
            number ? `Agenda item ${number}: number and link` : 'Agenda item: number and link'
          }
          popup={() => (
            <Popover anchor={popover.anchorRef.current} label="Agenda item" onClose={popover.close}>
              <AgendaItemForm
                attributes={attributes}
                onSave={handleSave}
                onRenumber={handleRenumber}
                onCancel={popover.close}
              />
            </Popover>
          )}
        >
          {number ? `No. ${number}` : 'Add number'}
        </PopoverChip>
      </ChipRow>
    </NodeViewWrapper>
  )
}
