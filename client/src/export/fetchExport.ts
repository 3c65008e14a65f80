import { ApiError, isAbortError } from '../shared/api/ApiError'
import { serverErrorMessage } from '../shared/api/requestJson'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'
import type { ExportFormat } from './exportFormats'
import { fileNameFromDisposition } from './fileNameFromDisposition'

export interface ExportedFile {
  blob: Blob
  fileName: string
}

const unreachable = 'the server could not be reached'

/**
 * The minutes as a file in `format`, made by the server. Fetched rather than followed as a link
 * so that the page stays, shows progress and can say what went wrong.
 */
export async function fetchExport(
  docId: string,
  format: ExportFormat,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  const path = `/api/docs/${encodeURIComponent(docId)}/export?format=${format}`
  let response: Response
  try {
    response = await fetch(path, { signal })
  } catch (error) {
    throw isAbortError(error) ? error : new ApiError(unreachable, 0)
  }
  if (!response.ok) {
    if (response.status === 401) handleUnauthorized()
    const fallback = `the server could not make the file (HTTP ${response.status})`
    throw new ApiError(await serverErrorMessage(response, fallback), response.status)
  }
  let blob: Blob
  try {
    blob = await response.blob()
  } catch (error) {
    throw isAbortError(error) ? error : new ApiError(unreachable, 0)
  }
  const fileName =
    fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? `minutes.${format}`
  return { blob, fileName }
}
