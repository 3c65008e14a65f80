import { Extension } from '@tiptap/core'
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The class that keeps a top-level block drawn (editor.css), whatever `content-visibility` says. */
export const DRAWN_AROUND_CARET_CLASS = 'minutes-block--at-caret'

/**
 * The top-level blocks that hold the selection's ends, always drawn. Blocks far from the screen
 * are not laid out (`content-visibility: auto`), and Chromium decides a block is near only at the
 * next frame: a paragraph made by Enter and typed into at once was still "not drawn", and the
 * browser put the caret back at its start after the first character.
 */
export function drawnAroundCaret(state: EditorState): DecorationSet {
  const { doc, selection } = state
  const decorations: Decoration[] = []
  const seen = new Set<number>()
  for (const end of [selection.$anchor, selection.$head]) {
    if (end.depth === 0) continue
    const from = end.before(1)
    if (seen.has(from)) continue
    seen.add(from)
    decorations.push(
      Decoration.node(from, from + end.node(1).nodeSize, { class: DRAWN_AROUND_CARET_CLASS }),
    )
  }
  return DecorationSet.create(doc, decorations)
}

export const DrawnAroundCaret = Extension.create({
  name: 'drawnAroundCaret',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('drawnAroundCaret'),
        props: { decorations: drawnAroundCaret },
      }),
    ]
  },
})
