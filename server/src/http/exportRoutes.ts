import {
  type ExportFormat,
  exportFormats,
  exportMinutes,
  isExportFormat,
  type MinutesExport,
} from '@minutes/export'
import { isWorkflowStatus } from '@minutes/permissions'
import { type Context, Hono } from 'hono'
import type { Principal } from '../auth/Principal'
import { isDocumentId } from '../documents/documentId'
import { readMinutes, type StoredMinutes } from '../documents/readMinutes'
import type { AuditLog } from '../minutes/AuditLog'
import {
  type DocumentMeta,
  DocumentNotFoundError,
  type DocumentStore,
} from '../persistence/DocumentStore'

const formatNames = Object.keys(exportFormats).join(', ')

/**
 * `GET ?format=docx|pdf|html|md|json` (and `&inline=true` to show HTML in the browser).
 * Mount it at `/api/docs/:id/export` behind requireAccess: the document id comes from that mount
 * path's `:id`, and each export is written in the audit trail under the principal it leaves.
 */
export function exportRoutes(store: DocumentStore, audit: AuditLog): Hono<ExportVariables> {
  const routes = new Hono<ExportVariables>()

  routes.get('/', async (c) => {
    const format = exportFormatOf(c)
    if (typeof format !== 'string') return format
    const id = c.req.param('id') ?? ''
    const minutes = isDocumentId(id) ? await readMinutes(store, id) : undefined
    if (!minutes) throw new DocumentNotFoundError(id)
    await audit.record(id, c.get('principal'), 'exported', `Exported the minutes as ${format}.`)
    return answerExport(c, format, minutes)
  })

  return routes
}

type ExportVariables = { Variables: { principal: Principal } }

/** The `format` query parameter, or the 400 answer saying which formats there are. */
export function exportFormatOf(c: Context): ExportFormat | Response {
  const format = c.req.query('format')
  if (isExportFormat(format)) return format
  const given =
    format === undefined ? 'No export format was given' : `"${format}" is not an export format`
  return c.json({ error: `${given}. Choose one of: ${formatNames}.` }, 400)
}

/** The minutes (or a version of them) exported as a download, or inline HTML on request. */
export async function answerExport(
  c: Context,
  format: ExportFormat,
  { meta, content, people }: StoredMinutes,
): Promise<Response> {
  const body = await exportMinutes(format, {
    title: meta.title,
    status: isWorkflowStatus(meta.status) ? meta.status : 'draft',
    content,
    people,
    ...signOffsOf(meta),
  })
  const { contentType, extension } = exportFormats[format]
  const disposition =
    format === 'html' && c.req.query('inline') === 'true' ? 'inline' : 'attachment'
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'Content-Type': contentType,
    'Content-Disposition': contentDisposition(disposition, meta.title, extension),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The page carries no script and loads nothing: say so, in case of anything missed.
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  })
}

/** Who approved and published the minutes, as the exports print them. */
export function signOffsOf(meta: DocumentMeta): Pick<MinutesExport, 'approved' | 'published'> {
  return {
    ...(meta.approvedBy && meta.approvedAt
      ? { approved: { by: meta.approvedBy, at: meta.approvedAt } }
      : {}),
    ...(meta.publishedBy && meta.publishedAt
      ? { published: { by: meta.publishedBy, at: meta.publishedAt } }
      : {}),
  }
}

/** A plain ASCII file name for every client, and the exact title for those that read RFC 6266. */
export function contentDisposition(
  type: 'inline' | 'attachment',
  title: string,
  extension: string,
) {
  const ascii =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2012-\u2015]/g, '-')
      .replace(/[^A-Za-z0-9 ._()-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120) || 'minutes'
  const exact = encodeURIComponent(`${title.trim() || 'minutes'}.${extension}`).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${type}; filename="${ascii}.${extension}"; filename*=UTF-8''${exact}`
}
