import type { WorkflowStatus } from '@minutes/permissions'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, type DocumentSummary, documentsApi, errorMessage } from './documentsApi'

export type DocumentMeta =
  | { status: 'loading' }
  | { status: 'ready'; title: string; workflowStatus: WorkflowStatus }
  | { status: 'not-found' }
  /** The title could not be fetched; the document itself may still open from the local copy. */
  | { status: 'error'; message: string }

/** The document's title and workflow status from the API, and a way to rename it. */
export function useDocumentMeta(docId: string): {
  meta: DocumentMeta
  rename: (title: string) => Promise<void>
  /** Takes a document the server just returned (after a rename or a status change). */
  update: (document: DocumentSummary) => void
} {
  const [meta, setMeta] = useState<DocumentMeta>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    setMeta({ status: 'loading' })
    documentsApi.get(docId, controller.signal).then(
      (document) => setMeta(readyMeta(document)),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setMeta(
          error instanceof ApiError && error.status === 404
            ? { status: 'not-found' }
            : { status: 'error', message: errorMessage(error) },
        )
      },
    )
    return () => controller.abort()
  }, [docId])

  const rename = useCallback(
    async (title: string) => {
      setMeta(readyMeta(await documentsApi.rename(docId, title)))
    },
    [docId],
  )
  const update = useCallback((document: DocumentSummary) => setMeta(readyMeta(document)), [])

  return { meta, rename, update }
}

function readyMeta({ title, status }: DocumentSummary): DocumentMeta {
  return { status: 'ready', title, workflowStatus: status }
}
