import {
  type Commenter,
  canChangeAll,
  type DocumentAccess,
  type WorkflowStatus,
} from '@minutes/permissions'
import type * as Y from 'yjs'
import { checkFitsSchema } from './inspection/checkFitsSchema'
import type { SchemaRules } from './inspection/createSchemaRules'
import { type DocumentRoots, describeUpdate } from './inspection/describeUpdate'
import { type DecodedUpdate, UpdateInspection } from './inspection/inspectUpdate'

export interface JudgeContext {
  access: DocumentAccess
  status: WorkflowStatus
  schemaRules: SchemaRules
  roots: DocumentRoots
  /** Who the server knows the writer as: comments carry this identity and no other. */
  writer?: Commenter
}

/**
 * Why an update may not be applied to `doc`, or undefined when it may: the schema first,
 * then the rights rules over what the update changes.
 */
export function judgeUpdate(
  doc: Y.Doc,
  update: DecodedUpdate,
  context: JudgeContext,
): string | undefined {
  return judgeInspection(new UpdateInspection(doc, update), context)
}

/** `judgeUpdate` over an update already inspected against the document. */
export function judgeInspection(
  inspection: UpdateInspection,
  context: JudgeContext,
): string | undefined {
  if (inspection.problem) return `This change was not applied: ${inspection.problem}.`
  const problem = checkFitsSchema(inspection.insertions, context.schemaRules)
  if (problem) return `This change does not fit the minutes and was not saved: ${problem}`
  const verdict = canChangeAll(
    context.access,
    context.status,
    describeUpdate(inspection, context.roots),
    context.writer,
  )
  return verdict.allowed ? undefined : verdict.reason
}
