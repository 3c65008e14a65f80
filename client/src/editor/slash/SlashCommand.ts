import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { type EditorState, PluginKey } from '@tiptap/pm/state'
import { ReactRenderer } from '@tiptap/react'
import { Suggestion, type SuggestionProps } from '@tiptap/suggestion'
import { type BlockDefinition, blockDefinitions } from '../blocks/blockDefinitions'
import { filterBlocks } from '../blocks/filterBlocks'
import { insertBlock } from '../blocks/insertBlock'
import { canInsertBlock } from '../wouldAccept'
import { SlashMenu, type SlashMenuHandle, type SlashMenuProps } from './SlashMenu'

const slashCommandKey = new PluginKey('slashCommand')

/** The blocks that may go where the "/" was typed: a speaker is offered only words. */
function insertableBlocks(state: EditorState): BlockDefinition[] {
  return blockDefinitions.filter((block) => canInsertBlock(state, block.nodeType))
}

/**
 * Typing "/" at the start of a paragraph or after a space offers every block, filtered as you
 * type; Enter inserts the active one, Escape closes the menu.
 */
export const SlashCommand = Extension.create({
  name: 'slashCommand',

  addProseMirrorPlugins() {
    const { editor } = this
    return [
      Suggestion<BlockDefinition, BlockDefinition>({
        editor,
        pluginKey: slashCommandKey,
        char: '/',
        // "/meeting details": labels have spaces; the menu closes once nothing matches.
        allowSpaces: true,
        // Only in plain text (not in a body name or a heading), and while some block matches.
        allow: ({ state, range }) =>
          state.doc.resolve(range.from).parent.type.name === 'paragraph' &&
          filterBlocks(insertableBlocks(state), state.doc.textBetween(range.from + 1, range.to))
            .length > 0,
        // Someone else's edit must neither open the menu here nor close it while open.
        shouldShow: ({ transaction }) =>
          !isChangeOrigin(transaction) || Boolean(slashCommandKey.getState(editor.state)?.active),
        items: ({ query, editor: current }) => filterBlocks(insertableBlocks(current.state), query),
        command: ({ editor: current, range, props }) => {
          insertBlock(current, props, range)
        },
        render: () => {
          let renderer: ReactRenderer<SlashMenuHandle, SlashMenuProps> | null = null
          let unmount: (() => void) | null = null
          const propsOf = (props: SuggestionProps<BlockDefinition, BlockDefinition>) => ({
            editor: props.editor,
            items: props.items,
            query: props.query,
            onChoose: props.command,
          })
          return {
            onStart: (props) => {
              renderer = new ReactRenderer(SlashMenu, {
                editor: props.editor,
                props: propsOf(props),
              })
              renderer.element.classList.add('slash-menu-host')
              unmount = props.mount(renderer.element)
            },
            onUpdate: (props) => renderer?.updateProps(propsOf(props)),
            onKeyDown: ({ event }) => renderer?.ref?.handleKeyDown(event) ?? false,
            onExit: () => {
              unmount?.()
              renderer?.destroy()
              unmount = null
              renderer = null
            },
          }
        },
      }),
    ]
  },
})
