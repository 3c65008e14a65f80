import { isWorkflowStatus } from '@minutes/permissions'
import type {
  AuditEvent,
  CorrectionDecisionRecord,
  StoredVersion,
  VersionKind,
} from './DocumentStore'

/** Versions and audit events as SQLite and PostgreSQL both store them: the same columns. */
export interface VersionRow {
  id: string
  document_id: string
  name: string | null
  kind: string
  status: string
  created_at: string
  created_by: string | null
  authors: string
  snapshot: Buffer
  deletions: Buffer
}

export interface AuditRow {
  at: string
  actor_id: string | null
  actor_name: string
  kind: string
  detail: string
}

const versionKinds: readonly string[] = [
  'automatic',
  'named',
  'status',
  'restore',
] satisfies VersionKind[]

/** A version row as the stores share it (PostgreSQL reads the same columns). */
export function toVersion(row: VersionRow): StoredVersion {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: versionKinds.includes(row.kind) ? (row.kind as VersionKind) : 'automatic',
    status: isWorkflowStatus(row.status) ? row.status : 'draft',
    createdAt: row.created_at,
    createdBy: row.created_by,
    authors: JSON.parse(row.authors) as string[],
    snapshot: new Uint8Array(row.snapshot),
    deletions: new Uint8Array(row.deletions),
  }
}

export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    kind: row.kind,
    detail: row.detail,
  }
}

/** A correction decision as SQLite and PostgreSQL both store it. */
export interface CorrectionRow {
  document_id: string
  correction_id: string
  state: string
  class: string | null
  decided_by: string
  decided_at: string
  correction: string
}

export function toCorrectionDecision(row: CorrectionRow): CorrectionDecisionRecord {
  return {
    documentId: row.document_id,
    correctionId: row.correction_id,
    state: row.state === 'reverted' ? 'reverted' : 'accepted',
    class: row.class,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    correction: row.correction,
  }
}
