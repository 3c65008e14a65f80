import {
  DocxImportError,
  hasZipSignature,
  type ImportResult,
  importDocx,
  importMinutes,
  suggestTitle,
} from '@minutes/import'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { createDocumentId } from '../documents/documentId'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { DocumentStore } from '../persistence/DocumentStore'
import { readTitle } from './documentRoutes'
import { badRequest } from './readJsonObject'

/** The body limit of this route, applied by createApp with every other. */
export const maxImportBytes = 5 * 1024 * 1024
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const accepted = 'Import takes Word (.docx), plain text (.txt) and Markdown (.md) minutes.'

interface Upload {
  name: string | undefined
  contentType: string
  bytes: Uint8Array
  title: string | undefined
}

/**
 * `POST /api/docs/import`: minutes from a Word, text or Markdown file become a structured
 * document. With `?preview=true` nothing is created: the client shows what was recognised
 * first. A file that cannot be imported creates nothing and gets a message saying why.
 */
export function importRoutes(store: DocumentStore): Hono {
  const routes = new Hono()
  routes.post('/', async (c) => {
    const upload = await readUpload(c.req.raw, c.req.query('filename'), c.req.query('title'))
    const result = await importUpload(upload)
    const title = upload.title ?? suggestTitle(result, upload.name)
    if (c.req.query('preview') === 'true') return c.json({ title, report: result.report })

    const initialState = encodeMinutesState(result.content, result.people)
    const id = createDocumentId()
    await store.createDocument({ id, title, initialState })
    return c.json({ id, title, report: result.report }, 201)
  })

  return routes
}

async function readUpload(
  request: Request,
  queryFilename: string | undefined,
  queryTitle: string | undefined,
): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data')) {
    const bytes = new Uint8Array(await request.arrayBuffer())
    return { name: queryFilename, contentType, bytes, title: readTitle(queryTitle) }
  }
  const form = await request.formData().catch(() => {
    throw badRequest('The upload could not be read. Choose the file again.')
  })
  const file = form.get('file')
  if (!(file instanceof File)) throw badRequest('Attach the minutes as the form field "file".')
  return {
    name: file.name || queryFilename,
    contentType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
    title: readTitle(form.get('title') ?? undefined) ?? readTitle(queryTitle),
  }
}

/** A Word document by its name, type or ZIP signature; anything else must be UTF-8 text. */
async function importUpload(upload: Upload): Promise<ImportResult> {
  const { name, contentType, bytes } = upload
  if (bytes.length === 0) throw badRequest('The file is empty: there is nothing to import.')
  const isDocx =
    /\.docx$/i.test(name ?? '') || contentType.startsWith(docxType) || hasZipSignature(bytes)
  if (isDocx) {
    try {
      return await importDocx(bytes)
    } catch (error) {
      if (!(error instanceof DocxImportError)) throw error
      if (error.problem === 'empty') throw badRequest(error.message)
      throw new HTTPException(422, { message: error.message })
    }
  }
  const text = decodeText(bytes, name)
  if (text.trim() === '') throw badRequest('The file is empty: there is nothing to import.')
  const isMarkdown = /markdown/.test(contentType) || /\.(md|markdown)$/i.test(name ?? '')
  return importMinutes(text, { format: isMarkdown ? 'markdown' : 'text' })
}

function decodeText(bytes: Uint8Array, name: string | undefined): string {
  const described = name ? `"${name}"` : 'The file'
  if (bytes.includes(0)) {
    throw new HTTPException(415, {
      message: `${described} is neither text nor a Word document. ${accepted}`,
    })
  }
  try {
    // A byte-order mark is not part of the minutes.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new HTTPException(415, {
      message: `${described} is not UTF-8 text. ${accepted} Save it as UTF-8 text, or as .docx, and try again.`,
    })
  }
}
