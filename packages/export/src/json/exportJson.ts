import type { WorkflowStatus } from '@minutes/permissions'
import { minutesExtensions, type Person, withValidAttributes } from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import type { MinutesExport } from '../MinutesExport'
import { buildRenderModel } from '../model/buildRenderModel'

const schema = getSchema(minutesExtensions())

export interface MinutesJson {
  format: 'minutes'
  version: 1
  title: string
  status: WorkflowStatus
  /** ProseMirror JSON for `minutesExtensions()`. */
  content: JSONContent
  people: Person[]
}

/** The document as data: ProseMirror JSON and the people register, for archives and other tools. */
export function exportJson(minutes: MinutesExport): string {
  // The walk refuses content that does not fit the schema, as every other format does.
  buildRenderModel(minutes)
  const document: MinutesJson = {
    format: 'minutes',
    version: 1,
    title: minutes.title,
    status: minutes.status,
    content: withValidAttributes(minutes.content, schema),
    people: minutes.people,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
