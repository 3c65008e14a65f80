import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
// StarterKit's command types (toggleBold, toggleHeading...) reach the schema's users only this way.
import type {} from '@tiptap/starter-kit'
import type { KeyboardEvent, ReactNode } from 'react'
import { type MoveDirection, moveBlock } from './blocks/moveBlock'
import { InsertMenu } from './InsertMenu'
import { canWriteAtSelection } from './wouldAccept'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl+'

/**
 * Formatting and insert commands for the minutes; each mirrors a keyboard shortcut. Where
 * nothing may be written at the selection (a speaker outside their section), only undo and redo
 * show: the tools appear where they work.
 */
export function Toolbar({ editor }: { editor: Editor }) {
  // Only this component re-renders on selection changes, and only when one of these values moves.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      isBold: current.isActive('bold'),
      isItalic: current.isActive('italic'),
      isHeading2: current.isActive('heading', { level: 2 }),
      isHeading3: current.isActive('heading', { level: 3 }),
      isBulletList: current.isActive('bulletList'),
      isOrderedList: current.isActive('orderedList'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      canWrite: canWriteAtSelection(current.state),
    }),
  })
  const run = () => editor.chain().focus()

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" onKeyDown={moveFocus}>
      {state.canWrite && (
        <>
          <div className="toolbar__group">
            <ToolbarButton
              label="Bold"
              shortcut={`${mod}B`}
              pressed={state.isBold}
              onClick={() => run().toggleBold().run()}
            >
              <b>B</b>
            </ToolbarButton>
            <ToolbarButton
              label="Italic"
              shortcut={`${mod}I`}
              pressed={state.isItalic}
              onClick={() => run().toggleItalic().run()}
            >
              <i>I</i>
            </ToolbarButton>
          </div>
          <div className="toolbar__group">
            <ToolbarButton
              label="Heading 2"
              pressed={state.isHeading2}
              onClick={() => run().toggleHeading({ level: 2 }).run()}
            >
              H2
            </ToolbarButton>
            <ToolbarButton
              label="Heading 3"
              pressed={state.isHeading3}
              onClick={() => run().toggleHeading({ level: 3 }).run()}
            >
              H3
            </ToolbarButton>
            <ToolbarButton
              label="Bullet list"
              pressed={state.isBulletList}
              onClick={() => run().toggleBulletList().run()}
            >
              <BulletListIcon />
            </ToolbarButton>
            <ToolbarButton
              label="Numbered list"
              pressed={state.isOrderedList}
              onClick={() => run().toggleOrderedList().run()}
            >
              <OrderedListIcon />
            </ToolbarButton>
          </div>
          <div className="toolbar__group">
            <InsertMenu editor={editor} />
            <ToolbarButton
              label="Move block up"
              shortcut={isMac ? '⌥⇧↑' : 'Alt+Shift+↑'}
              onClick={() => moveSelectedBlock(editor, 'up')}
            >
              <MoveIcon />
            </ToolbarButton>
            <ToolbarButton
              label="Move block down"
              shortcut={isMac ? '⌥⇧↓' : 'Alt+Shift+↓'}
              onClick={() => moveSelectedBlock(editor, 'down')}
            >
              <MoveIcon down />
            </ToolbarButton>
          </div>
        </>
      )}
      <div className="toolbar__group">
        <ToolbarButton
          label="Undo"
          shortcut={`${mod}Z`}
          disabled={!state.canUndo}
          onClick={() => run().undo().run()}
        >
          <UndoIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut={isMac ? '⇧⌘Z' : 'Ctrl+Y'}
          disabled={!state.canRedo}
          onClick={() => run().redo().run()}
        >
          <UndoIcon flipped />
        </ToolbarButton>
      </div>
    </div>
  )
}

interface ToolbarButtonProps {
  label: string
  shortcut?: string
  /** Set for toggles only; plain actions have no pressed state. */
  pressed?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}

function ToolbarButton({
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
  children,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

/** Arrow keys move between the toolbar's buttons, as in any toolbar. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>(
      ':scope > .toolbar__group > button:not(:disabled), :scope > .toolbar__group > .insert-menu > button',
    ),
  )
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (index === -1) return
  const step = event.key === 'ArrowRight' ? 1 : -1
  buttons[(index + step + buttons.length) % buttons.length]?.focus()
  event.preventDefault()
}

function moveSelectedBlock(editor: Editor, direction: MoveDirection): void {
  const transaction = moveBlock(editor.state, direction)
  if (transaction) editor.view.dispatch(transaction)
  editor.commands.focus()
}

function MoveIcon({ down = false }: { down?: boolean }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      style={down ? { transform: 'scaleY(-1)' } : undefined}
    >
      <path
        d="M10 16V4M5 9l5-5 5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

function BulletListIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <circle cx="4" cy="5" r="1.6" fill="currentColor" />
      <circle cx="4" cy="10" r="1.6" fill="currentColor" />
      <circle cx="4" cy="15" r="1.6" fill="currentColor" />
      <path d="M8 5h10M8 10h10M8 15h10" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  )
}

function OrderedListIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <text x="1" y="7" fontSize="6" fill="currentColor">
        1
      </text>
      <text x="1" y="12.5" fontSize="6" fill="currentColor">
        2
      </text>
      <text x="1" y="18" fontSize="6" fill="currentColor">
        3
      </text>
      <path d="M8 5h10M8 10h10M8 15h10" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  )
}

function UndoIcon({ flipped = false }: { flipped?: boolean }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      style={flipped ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path
        d="M7 5 3 9l4 4M3.5 9H12a5 5 0 0 1 0 10H9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
