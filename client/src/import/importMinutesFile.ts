import { type ImportedDocument, type ImportPreview, maxImportBytes } from '@minutes/protocol'
import { ApiError, isAbortError } from '../shared/api/ApiError'
import { serverErrorMessage } from '../shared/api/requestJson'

/** The server's limit as people read it: "5 MiB". */
export const maxImportSize = `${maxImportBytes / (1024 * 1024)} MiB`

/** What the file input and the drop zone take: Word, text and Markdown files. */
export const importAccept = [
  '.docx',
  '.txt',
  '.md',
  '.markdown',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
].join(',')

/**
 * Whether a dropped file is one the importer reads, by its name or its type (a browser may give
 * no type, or a vague one). The server has the last word; this spares an upload of a picture.
 */
export function isImportable(file: File): boolean {
  const name = file.name.toLowerCase()
  const accepted = importAccept.split(',')
  return accepted.some((entry) =>
    entry.startsWith('.') ? name.endsWith(entry) : file.type === entry,
  )
}

interface ImportOptions {
  title?: string
  /** The series the new minutes are a meeting of. */
  seriesId?: string
  /** False: people found in the series' meetings stay other people. */
  samePeople?: boolean
  signal?: AbortSignal
}

/** The import's query: what the server reads besides the file. */
function importQuery({ seriesId, samePeople }: ImportOptions, preview: boolean): string {
  const query = new URLSearchParams()
  if (preview) query.set('preview', 'true')
  if (seriesId) query.set('series', seriesId)
  if (seriesId && samePeople === false) query.set('samePeople', 'false')
  const text = query.toString()
  return text ? `?${text}` : ''
}

/**
 * Asks the server what it would recognise in `file`, creating nothing; with a series, who in it
 * is already in the series' meetings.
 */
export function previewImport(file: File, options: ImportOptions = {}): Promise<ImportPreview> {
  return postImport<ImportPreview>(file, `/api/docs/import${importQuery(options, true)}`, options)
}

/** Creates new minutes from `file`. */
export function createFromImport(
  file: File,
  options: ImportOptions = {},
): Promise<ImportedDocument> {
  return postImport<ImportedDocument>(
    file,
    `/api/docs/import${importQuery(options, false)}`,
    options,
  )
}

async function postImport<T>(
  file: File,
  path: string,
  { title, signal }: ImportOptions,
): Promise<T> {
  if (file.size > maxImportBytes) {
    throw new ApiError(
      `"${file.name}" is larger than ${maxImportSize}. Split it, or import it as text.`,
      413,
    )
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
    if (isAbortError(error)) throw error
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0)
  }
  if (!response.ok) {
    // The server names the file and what is wrong with it (a broken Word file, a binary it does
    // not read); its words are shown as they are, with a fallback when it sent none.
    const message = await serverErrorMessage(response, fallbackMessage(file, response.status))
    throw new ApiError(message, response.status)
  }
  return (await response.json().catch(() => null)) as T
}

/** What to say when a refusal comes without the server's own message. */
function fallbackMessage(file: File, status: number): string {
  switch (status) {
    case 400:
      return `"${file.name}" is empty.`
    case 413:
      return `"${file.name}" is larger than ${maxImportSize}.`
    case 415:
      return `"${file.name}" is not a file the importer reads: use Word (.docx), text (.txt) or Markdown (.md).`
    case 422:
      return `"${file.name}" could not be read as a Word document. Open it in Word, save it again and retry.`
    default:
      return `The server could not import the file (HTTP ${status}). Try again.`
  }
}
