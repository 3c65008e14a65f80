import type { WorkflowStatus } from '@minutes/permissions'
import type { DocumentSummary } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { rememberedAuth } from '../shared/session/rememberedAuth'

/** Who signed for the minutes as they stand; absent where this browser only remembers them. */
export type SignOffs = Pick<
  DocumentSummary,
  'approvedBy' | 'approvedAt' | 'publishedBy' | 'publishedAt'
>

export type DocumentMeta =
  | { status: 'loading' }
  | {
      status: 'ready'
      title: string
      workflowStatus: WorkflowStatus
      signOffs: SignOffs
      /** From this browser's memory: the server could not be reached to ask. */
      isRemembered?: boolean
    }
  | { status: 'not-found' }
  /** The title could not be fetched; the document itself may still open from the local copy. */
  | { status: 'error'; message: string }

/**
 * The document's title and workflow status from the API, and a way to rename it. Offline: what
 * this browser last knew, so that minutes opened before open without the network.
 */
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
      (document) => {
        rememberedAuth.rememberDocument(docId, document)
        setMeta(readyMeta(document))
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        const remembered = rememberedAuth.document(docId)
        if (remembered && error instanceof ApiError && error.status === 0) {
          setMeta(readyMeta(remembered, true))
          return
        }
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
      const document = await documentsApi.rename(docId, title)
      rememberedAuth.rememberDocument(docId, document)
      setMeta(readyMeta(document))
    },
    [docId],
  )
  const update = useCallback(
    (document: DocumentSummary) => {
      rememberedAuth.rememberDocument(docId, document)
      setMeta(readyMeta(document))
    },
    [docId],
  )

  return { meta, rename, update }
}

function readyMeta(
  // What this browser remembers of a document has no sign-offs.
  document: Pick<DocumentSummary, 'title' | 'status'> & Partial<SignOffs>,
  isRemembered = false,
): DocumentMeta {
  const {
    title,
    status,
    approvedBy = null,
    approvedAt = null,
    publishedBy = null,
    publishedAt = null,
  } = document
  const signOffs = { approvedBy, approvedAt, publishedBy, publishedAt }
  return { status: 'ready', title, workflowStatus: status, signOffs, isRemembered }
}
