import type { WorkflowStatus } from '@minutes/permissions'
import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'

/** Everything an export needs: the document as stored, and where it stands in its workflow. */
export interface MinutesExport {
  title: string
  status: WorkflowStatus
  /** ProseMirror JSON of the whole document (type `doc`). */
  content: JSONContent
  people: Person[]
  /** Who approved the minutes and when, while they are approved or published. */
  approved?: SignOff
  /** Who published them and when, while they are published. */
  published?: SignOff
  /** Shown in footers; defaults to now. */
  exportedAt?: Date
}

/** Who signed for a workflow step (a name as the server knew them), and when (ISO 8601). */
export interface SignOff {
  by: string
  at: string
}

/** The formats `exportMinutes` knows, with what an HTTP response needs to serve each. */
export const exportFormats = {
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8' },
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
} as const

export type ExportFormat = keyof typeof exportFormats

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(exportFormats, value)
}
