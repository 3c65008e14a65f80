import { useCallback, useEffect, useState } from 'react'
import { ApiError, documentsApi, errorMessage } from './documentsApi'

export type DocumentMeta =
  | { status: 'loading' }
  | { status: 'ready'; title: string }
  | { status: 'not-found' }
  /** The title could not be fetched; the document itself may still open from the local copy. */
  | { status: 'error'; message: string }

/** The document's title from the API, and a way to rename it. */
export function useDocumentMeta(docId: string): {
  meta: DocumentMeta
  rename: (title: string) => Promise<void>
} {
  const [meta, setMeta] = useState<DocumentMeta>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    setMeta({ status: 'loading' })
    documentsApi.get(docId, controller.signal).then(
      (document) => setMeta({ status: 'ready', title: document.title }),
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
      const document = await documentsApi.rename(docId, title)
      setMeta({ status: 'ready', title: document.title })
    },
    [docId],
  )

  return { meta, rename }
}
