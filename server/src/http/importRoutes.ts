import { suggestTitle } from '@minutes/import'
import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { createDocumentId } from '../documents/documentId'
import { encodeMinutesState, InvalidMinutesError } from '../documents/encodeMinutesState'
import { boundedImporter } from '../imports/BoundedImporter'
import { ImportFailure } from '../imports/ImportFailure'
import type { ImportFile } from '../imports/importFile'
import type { DocumentStore } from '../persistence/DocumentStore'
import { readTitle } from './documentRoutes'
import { badRequest } from './readJsonObject'

/** The body limit of this route, applied by createApp with every other. */
export const maxImportBytes = 5 * 1024 * 1024

interface Upload extends ImportFile {
  title: string | undefined
}

/**
 * `POST /api/docs/import`: minutes from a Word, text or Markdown file become a structured
 * document. With `?preview=true` nothing is created: the client shows what was recognised
 * first. A file that cannot be imported creates nothing and gets a message saying why. The
 * file is read in a worker with bounded memory and time (`BoundedImporter`), never here.
 */
export function importRoutes(store: DocumentStore, importer = boundedImporter): Hono {
  const routes = new Hono()
  routes.post('/', async (c) => {
    const upload = await readUpload(c.req.raw, c.req.query('filename'), c.req.query('title'))
    const result = await importer.importFile(upload).catch((error: unknown) => {
      if (error instanceof ImportFailure)
        throw new HTTPException(error.status, { message: error.message, cause: error })
      throw error
    })
    const title = upload.title ?? suggestTitle(result, upload.name)
    if (c.req.query('preview') === 'true') return c.json({ title, report: result.report })

    const initialState = encodeImported(result)
    const id = createDocumentId()
    await store.createDocument({ id, title, initialState })
    return c.json({ id, title, report: result.report }, 201)
  })

  return routes
}

/** The imported minutes as a first update; content the model cannot hold is a 422, not a 500. */
function encodeImported(result: { content: JSONContent; people: readonly Person[] }): Uint8Array {
  try {
    return encodeMinutesState(result.content, result.people)
  } catch (error) {
    if (error instanceof InvalidMinutesError) {
      throw new HTTPException(422, { message: error.message, cause: error })
    }
    throw error
  }
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
