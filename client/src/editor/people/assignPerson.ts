import type { Person } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import type { EditorState, PluginKey } from '@tiptap/pm/state'
import type * as Y from 'yjs'
import { writePerson } from '../../collaboration/writePerson'

/**
 * Runs `apply` (an editor command that refers to a person) after adding `person` to the
 * register when it is new, both in one Yjs transaction: no peer ever sees a block naming
 * someone the register lacks, and undo takes back the reference with the edit.
 */
export function assignPerson(
  editor: Editor,
  people: Y.Map<unknown>,
  person: Person | null,
  apply: () => void,
): void {
  const doc = people.doc
  if (!person || !doc) {
    apply()
    return
  }
  // The origin of the collaboration plugin's own transactions, which per-user undo tracks.
  const origin = findSyncPluginKey(editor.state, doc)
  doc.transact(() => {
    writePerson(people, person)
    apply()
  }, origin)
}

function findSyncPluginKey(state: EditorState, doc: Y.Doc): PluginKey | undefined {
  for (const plugin of state.plugins) {
    const key = plugin.spec.key
    const pluginState: unknown = key?.getState(state)
    if (
      typeof pluginState === 'object' &&
      pluginState !== null &&
      'binding' in pluginState &&
      (pluginState as { doc?: unknown }).doc === doc
    ) {
      return key
    }
  }
  return undefined
}
