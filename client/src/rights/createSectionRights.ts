import {
  canChangeAll,
  type DocumentAccess,
  type Role,
  type WorkflowStatus,
} from '@minutes/permissions'
import { textEditBetween } from '@minutes/schema'
import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Mapping } from '@tiptap/pm/transform'
import type { DecorationSet } from '@tiptap/pm/view'
import { decorateSections } from './decorateSections'
import { describeTransaction } from './describeTransaction'
import { refuseLockedInput } from './refuseLockedInput'

export interface SectionRightsOptions {
  role: Role
  /** For speakers: the person id their sections and answers carry. */
  speakerId?: string
  /** The workflow status now; read on every transaction, so it may change under the editor. */
  getStatus: () => WorkflowStatus
}

export const sectionRightsKey = new PluginKey<DecorationSet>('sectionRights')

/** Meta that asks the plugin to mark the sections again (after the status changed). */
export const refreshSectionRights = 'refresh'

/**
 * The server's rights rules (`canChange`), applied to local edits before they reach the Y.Doc:
 * a change the server would refuse is not made at all, instead of being sent, refused and
 * rolled back. Edits arriving from others (y-prosemirror's sync) and selection moves always
 * pass. Typing where nothing may change is stopped before it reaches the page
 * (`refuseLockedInput`). For speakers it also marks their own sections and locks the rest.
 */
export function createSectionRights({ role, speakerId, getStatus }: SectionRightsOptions) {
  const access: DocumentAccess = speakerId === undefined ? { role } : { role, speakerId }
  return Extension.create({
    name: 'sectionRights',

    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: sectionRightsKey,
          state: {
            init: (_config, state) => decorateSections(state.doc, access, getStatus()),
            apply: (tr, decorations, oldState, newState) => {
              if (tr.getMeta(sectionRightsKey) === refreshSectionRights) {
                return decorateSections(newState.doc, access, getStatus())
              }
              if (!tr.docChanged) return decorations
              // Typing changes no block's owner: the marks only move.
              const edit = textEditBetween(oldState.doc, newState.doc)
              return edit
                ? decorations.map(new Mapping([edit]), newState.doc)
                : decorateSections(newState.doc, access, getStatus())
            },
          },
          props: {
            decorations: (state) => sectionRightsKey.getState(state),
            handleKeyDown: (view, event) => refuseLockedInput(view, event, access, getStatus()),
            handleDOMEvents: {
              beforeinput: (view, event) => refuseLockedInput(view, event, access, getStatus()),
              paste: (view, event) => refuseLockedInput(view, event, access, getStatus()),
              cut: (view, event) => refuseLockedInput(view, event, access, getStatus()),
            },
          },
          filterTransaction: (tr) =>
            !tr.docChanged ||
            isChangeOrigin(tr) ||
            canChangeAll(access, getStatus(), describeTransaction(tr)).allowed,
        }),
      ]
    },
  })
}
