import { Extension, type JSONContent } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { withValidAttributes } from './withValidAttributes'

/**
 * Pasted and dropped content passes the checks the server applies: an attribute that fails
 * (a `colspan="x"`, a `target` from another site, a status no one chose) takes its default and
 * an unsafe link is unlinked, so the editor never sends what the server refuses.
 */
export const ValidAttributes = Extension.create({
  name: 'validAttributes',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('validAttributes'),
        props: {
          transformPasted: (slice, view) => {
            const { schema } = view.state
            const content: JSONContent[] = slice.content.toJSON() ?? []
            const valid = content.map((node) => withValidAttributes(node, schema))
            return new Slice(Fragment.fromJSON(schema, valid), slice.openStart, slice.openEnd)
          },
        },
      }),
    ]
  },
})
