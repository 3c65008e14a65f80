import type { ImportedDocument, ImportPreview } from '@minutes/protocol'
import { SeriesId, Title } from '@minutes/protocol'
import { Hono } from 'hono'
import { boundedImporter } from '../imports/BoundedImporter'
import { createFromImport } from '../minutes/createFromImport'
import { InvalidInputError } from '../minutes/InvalidInputError'
import { parseInput } from '../minutes/parseInput'
import { previewImport } from '../minutes/previewImport'
import type { Importer, MinutesUpload } from '../minutes/readImport'
import type { DocumentStore } from '../persistence/DocumentStore'

/**
 * `POST /api/docs/import`: minutes from a Word, text or Markdown file become a structured
 * document, a meeting of the series `?series=` names (its people found in the series' meetings
 * made the same people unless `?samePeople=false`; the preview lists them). With `?preview=true` nothing is created: the client shows what was recognised
 * first. A file that cannot be imported creates nothing and gets a message saying why. The
 * file is read in a worker with bounded memory and time (`BoundedImporter`), never here.
 * The body limit (`maxImportBytes`) is applied by createApp with every other.
 */
export function importRoutes(store: DocumentStore, importer: Importer = boundedImporter): Hono {
  const routes = new Hono()
  routes.post('/', async (c) => {
    const seriesId = parseInput(SeriesId.optional(), c.req.query('series')) ?? null
    const samePeople = c.req.query('samePeople') ?? 'true'
    if (samePeople !== 'true' && samePeople !== 'false') {
      throw new InvalidInputError('samePeople must be true or false.')
    }
    const upload = await readUpload(c.req.raw, c.req.query('filename'), c.req.query('title'))
    if (c.req.query('preview') === 'true') {
      return c.json(
        (await previewImport(store, importer, upload, seriesId)) satisfies ImportPreview,
      )
    }
    const created = await createFromImport(store, importer, upload, {
      seriesId,
      samePeople: samePeople === 'true',
    })
    return c.json(created satisfies ImportedDocument, 201)
  })

  return routes
}

/** The file as a multipart form field `file` (with `title`), or as the raw body. */
async function readUpload(
  request: Request,
  queryFilename: string | undefined,
  queryTitle: string | undefined,
): Promise<MinutesUpload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data')) {
    const bytes = new Uint8Array(await request.arrayBuffer())
    return {
      file: { name: queryFilename, contentType, bytes },
      title: parseInput(Title, queryTitle),
    }
  }
  const form = await request.formData().catch(() => {
    throw new InvalidInputError('The upload could not be read. Choose the file again.')
  })
  const file = form.get('file')
  if (!(file instanceof File)) {
    throw new InvalidInputError('Attach the minutes as the form field "file".')
  }
  return {
    file: {
      name: file.name || queryFilename,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    },
    title: parseInput(Title, form.get('title')) ?? parseInput(Title, queryTitle),
  }
}
