import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useId, useState } from 'react'
import { ImportDialog } from './ImportDialog'
import { insertMinutesTemplate } from './insertMinutesTemplate'

/** While the minutes are empty: start from the usual skeleton, or from an existing file. */
export function StartMinutes({ editor }: { editor: Editor }) {
  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty })
  const [isImporting, setIsImporting] = useState(false)
  const headingId = useId()
  if (!isEmpty && !isImporting) return null

  return (
    <section className="start-minutes" aria-labelledby={headingId}>
      <h2 id={headingId}>Start these minutes</h2>
      <p>
        Begin with the usual parts of the minutes, ready to fill in, or bring in minutes written
        elsewhere. You can also just start typing.
      </p>
      <div className="start-minutes__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => insertMinutesTemplate(editor)}
        >
          Start from the minutes template
        </button>
        <button type="button" className="button" onClick={() => setIsImporting(true)}>
          Import a file
        </button>
      </div>
      <p className="start-minutes__note">
        The template adds a header, meeting details and the members, speakers and apologies lists.
        An imported file becomes new minutes of its own.
      </p>
      {isImporting && <ImportDialog onClose={() => setIsImporting(false)} />}
    </section>
  )
}
