import { type ImportResult, importMinutes } from '@minutes/import'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { createDocumentId } from '../documents/documentId'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { DocumentStore } from '../persistence/DocumentStore'
import { readTitle } from './documentRoutes'
import { badRequest } from './readJsonObject'

export const maxImportBytes = 5 * 1024 * 1024

interface SourceFile {
  name: string | undefined
  text: string
  format: 'text' | 'markdown'
  title: string | undefined
}

/**
 * `POST /api/docs/import`: minutes from a text or Markdown file become a structured document.
 * With `?preview=true` nothing is created: the client shows what was recognised first.
 */
export function importRoutes(store: DocumentStore): Hono {
  const routes = new Hono()
  routes.use(
    bodyLimit({
      maxSize: maxImportBytes,
      onError: (c) =>
        c.json({ error: 'The file is larger than 5 MiB. Split it, or import it as text.' }, 413),
    }),
  )

  routes.post('/', async (c) => {
    const source = await readSource(c.req.raw, c.req.query('filename'), c.req.query('title'))
    const result = importMinutes(source.text, { format: source.format })
    const title = source.title ?? suggestTitle(result, source.name)
    if (c.req.query('preview') === 'true') return c.json({ title, report: result.report })

    const initialState = encodeMinutesState(result.content, result.people)
    const id = createDocumentId()
    await store.createDocument({ id, title, initialState })
    return c.json({ id, title, report: result.report }, 201)
  })

  return routes
}

async function readSource(
  request: Request,
  queryFilename: string | undefined,
  queryTitle: string | undefined,
): Promise<SourceFile> {
  const contentType = request.headers.get('content-type') ?? ''
  let name = queryFilename
  let bytes: Uint8Array
  let title = readTitle(queryTitle)
  if (contentType.startsWith('multipart/form-data')) {
    const form = await request.formData().catch(() => {
      throw badRequest('The upload could not be read. Choose the file again.')
    })
    const file = form.get('file')
    if (!(file instanceof File)) throw badRequest('Attach the minutes as the form field "file".')
    name = file.name || name
    bytes = new Uint8Array(await file.arrayBuffer())
    title = readTitle(form.get('title') ?? undefined) ?? title
  } else {
    bytes = new Uint8Array(await request.arrayBuffer())
  }

  const text = decodeText(bytes, name)
  if (text.trim() === '') throw badRequest('The file is empty: there is nothing to import.')
  const isMarkdown = /markdown/.test(contentType) || /\.(md|markdown)$/i.test(name ?? '')
  return { name, text, format: isMarkdown ? 'markdown' : 'text', title }
}

function decodeText(bytes: Uint8Array, name: string | undefined): string {
  const described = name ? `"${name}"` : 'The file'
  if (bytes.includes(0)) {
    throw new HTTPException(415, {
      message: `${described} is not a text file. Import takes plain text and Markdown minutes.`,
    })
  }
  try {
    // A byte-order mark is not part of the minutes.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new HTTPException(415, {
      message: `${described} is not UTF-8 text. Save it as UTF-8 text or Markdown and try again.`,
    })
  }
}

/** The body's name and the meeting date where the minutes have them; else the file's name. */
function suggestTitle(result: ImportResult, fileName: string | undefined): string {
  const blocks = result.content.content ?? []
  const header = blocks.find((block) => block.type === 'meetingHeader')
  const bodyName = header?.content
    ?.find((child) => child.type === 'bodyName')
    ?.content?.map((text) => text.text ?? '')
    .join('')
    .trim()
  const date = blocks.find((block) => block.type === 'meetingDetails')?.attrs?.date as
    | string
    | null
    | undefined
  const fromMinutes = [bodyName, date].filter(Boolean).join(' — ')
  const fromFile = fileName?.replace(/\.[^.]+$/, '').trim()
  return (fromMinutes || fromFile || 'Imported minutes').slice(0, 200)
}
