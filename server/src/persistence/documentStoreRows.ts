import { isWorkflowStatus } from '@minutes/permissions'
import type {
  AuditEvent,
  CorrectionDecisionRecord,
  DocumentMeta,
  RecommendationNote,
  Series,
  StoredVersion,
  VersionKind,
  VersionSummary,
} from './DocumentStore'

// Documents, versions, audit events, series and their notes as SQLite and PostgreSQL both store them: the same columns
// and text timestamps, so one mapping from a row to the store's types.

export interface DocumentRow {
  id: string
  title: string
  status: string
  created_at: string
  updated_at: string
  approved_by: string | null
  approved_at: string | null
  published_by: string | null
  published_at: string | null
  series_id: string | null
}

export interface SeriesRow {
  id: string
  title: string
  created_at: string
}

export interface VersionSummaryRow {
  id: string
  document_id: string
  name: string | null
  kind: string
  status: string
  created_at: string
  created_by: string | null
  authors: string
}

export interface VersionRow extends VersionSummaryRow {
  snapshot: Buffer
  deletions: Buffer
}

/** The columns of a version row but its snapshot and deletions. */
export const versionSummaryColumns =
  'id, document_id, name, kind, status, created_at, created_by, authors'

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

export function toVersion(row: VersionRow): StoredVersion {
  return {
    ...toVersionSummary(row),
    snapshot: new Uint8Array(row.snapshot),
    deletions: new Uint8Array(row.deletions),
  }
}

export function toVersionSummary(row: VersionSummaryRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: versionKinds.includes(row.kind) ? (row.kind as VersionKind) : 'automatic',
    status: isWorkflowStatus(row.status) ? row.status : 'draft',
    createdAt: row.created_at,
    createdBy: row.created_by,
    authors: JSON.parse(row.authors) as string[],
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

export function toMeta(row: DocumentRow): DocumentMeta {
  return {
    id: row.id,
    title: row.title,
    // The column only ever receives checked values; a foreign one reads as the safest status.
    status: isWorkflowStatus(row.status) ? row.status : 'approved',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    seriesId: row.series_id,
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

export interface RecommendationNoteRow {
  document_id: string
  block_id: string
  themes: string
  merged_into_document_id: string | null
  merged_into_block_id: string | null
}

export function toRecommendationNote(row: RecommendationNoteRow): RecommendationNote {
  const themes: unknown = JSON.parse(row.themes)
  return {
    documentId: row.document_id,
    blockId: row.block_id,
    themes: Array.isArray(themes) ? themes.filter((theme) => typeof theme === 'string') : [],
    mergedInto:
      row.merged_into_document_id && row.merged_into_block_id
        ? { documentId: row.merged_into_document_id, blockId: row.merged_into_block_id }
        : null,
  }
}

/** Whether a note says anything: one that does not is removed, not kept empty. */
export function isEmptyNote({ themes, mergedInto }: RecommendationNote): boolean {
  return themes.length === 0 && mergedInto === null
}

export function toSeries(row: SeriesRow): Series {
  return { id: row.id, title: row.title, createdAt: row.created_at }
}
