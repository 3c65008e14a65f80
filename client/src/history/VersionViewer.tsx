import type { VersionContent, VersionView } from '@minutes/protocol'
import type { JSONContent } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import * as Y from 'yjs'
import { PeopleContext } from '../collaboration/PeopleContext'
import { EditableContext } from '../editor/EditableContext'
import { readOnlyExtensions } from '../editor/editorExtensions'
import { errorMessage, isAbortError } from '../shared/api/ApiError'
import { useModalDialog } from '../shared/dialog/useModalDialog'
import { formatMoment, labelOf } from './HistoryPanel'
import { historyApi } from './historyApi'
import '../editor/editor.css'

/** A version of the minutes in the editor's own rendering, read-only, in a dialog. */
export function VersionViewer({
  docId,
  version,
  onClose,
}: {
  docId: string
  version: VersionView
  onClose: () => void
}) {
  const closeRef = useRef<HTMLButtonElement>(null)
  const dialog = useModalDialog({ onCancel: onClose, initialFocusRef: closeRef })
  const id = useId()
  const [content, setContent] = useState<VersionContent | { error: string } | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    historyApi.read(docId, version.id, controller.signal).then(setContent, (error: unknown) => {
      if (!isAbortError(error)) setContent({ error: errorMessage(error) })
    })
    return () => controller.abort()
  }, [docId, version.id])

  return (
    <dialog {...dialog} className="modal-dialog version-viewer" aria-labelledby={`${id}-title`}>
      <header className="version-viewer__header">
        <h2 id={`${id}-title`}>
          {labelOf(version)}{' '}
          <span className="quiet">· {formatMoment(version.createdAt)} · read-only</span>
        </h2>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      {content === null && <p className="quiet">Loading the version…</p>}
      {content && 'error' in content && (
        <p className="notice" role="alert">
          Could not open the version. {content.error}
        </p>
      )}
      {content && 'content' in content && <ReadOnlyMinutes version={content} />}
    </dialog>
  )
}

function ReadOnlyMinutes({ version }: { version: VersionContent }) {
  // Node views read people from a Yjs map, as in the live editor: one of the version's own.
  const people = useMemo(() => {
    const map = new Y.Doc().getMap<unknown>('people')
    for (const person of version.people) map.set(String(person.id), person)
    return map
  }, [version.people])
  const editor = useEditor(
    {
      extensions: readOnlyExtensions(),
      content: version.content as JSONContent,
      editable: false,
      editorProps: {
        attributes: {
          class: 'minutes-page__content',
          'aria-label': 'Minutes text of this version',
        },
      },
    },
    [version],
  )
  useEffect(() => () => people.doc?.destroy(), [people])
  return (
    <PeopleContext.Provider value={people}>
      <EditableContext.Provider value={false}>
        <article className="minutes-page version-viewer__page">
          <EditorContent editor={editor} />
        </article>
      </EditableContext.Provider>
    </PeopleContext.Provider>
  )
}
