import { ApiError } from '../app/documentsApi'

/** What the server made of a file: the shapes of `@minutes/import`'s report, as JSON. */
export interface ImportReport {
  recognised: { kind: string; label: string; line: number }[]
  unrecognised: { line: number; text: string }[]
}

export interface ImportPreview {
  /** The title the document gets: the one given, else the body's name and date, else the file's. */
  title: string
  report: ImportReport
}

export interface ImportedDocument extends ImportPreview {
  id: string
}

/** The server refuses larger files; checked here too, so nobody waits for a 5 MiB upload to fail. */
export const maxImportBytes = 5 * 1024 * 1024

interface ImportOptions {
  title?: string
  signal?: AbortSignal
}

/** Asks the server what it would recognise in `file`, creating nothing. */
export function previewImport(file: File, options: ImportOptions = {}): Promise<ImportPreview> {
  return postImport<ImportPreview>(file, '/api/docs/import?preview=true', options)
}

/** Creates new minutes from `file`. */
export function createFromImport(
  file: File,
  options: ImportOptions = {},
): Promise<ImportedDocument> {
  return postImport<ImportedDocument>(file, '/api/docs/import', options)
}

async function postImport<T>(
  file: File,
  path: string,
  { title, signal }: ImportOptions,
): Promise<T> {
  if (file.size > maxImportBytes) {
    throw new ApiError(`"${file.name}" is larger than 5 MiB. Split it, or import it as text.`, 413)
  }
  const body = new FormData()
  body.append('file', file)
  if (title?.trim()) body.append('title', title.trim())
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      body,
      signal,
      headers: { Accept: 'application/json' },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0)
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message =
      typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'string'
        ? json.error
        : `The server could not import the file (HTTP ${response.status}). Try again.`
    throw new ApiError(message, response.status)
  }
  return json as T
}
