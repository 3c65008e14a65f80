import { canWriteNow, type DocumentAccess, type WorkflowStatus } from '@minutes/permissions'
import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useRef } from 'react'
import { createSectionRights, refreshSectionRights, sectionRightsKey } from './createSectionRights'

/**
 * The section rights for one open document: the extension to give the editor (made once per
 * access, reading the status live), and, once the editor is there, its editability and marks
 * kept in step with the status. A read-only editor still lets people select text.
 */
export function useSectionRights(
  editor: Editor | null,
  access: DocumentAccess,
  status: WorkflowStatus,
) {
  const statusRef = useRef(status)
  statusRef.current = status
  const { role, speakerId } = access
  const extension = useMemo(
    () => createSectionRights({ role, speakerId, getStatus: () => statusRef.current }),
    [role, speakerId],
  )
  const isEditable = canWriteNow(access, status)

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new status must mark the sections anew.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    if (editor.isEditable !== isEditable) editor.setEditable(isEditable)
    editor.view.dispatch(editor.state.tr.setMeta(sectionRightsKey, refreshSectionRights))
  }, [editor, isEditable, status])

  return { extension, isEditable }
}
