import type { LockedStatus, WorkflowStatus } from '@minutes/permissions'

export interface DocumentMeta {
  id: string
  title: string
  status: WorkflowStatus
  createdAt: string
  updatedAt: string
  /** Who approved the minutes (a name, as the server knew them) and when (ISO 8601), while they stay approved or published. */
  approvedBy: string | null
  approvedAt: string | null
  /** Who published them and when, while they stay published. */
  publishedBy: string | null
  publishedAt: string | null
  /** The series (an inquiry, a committee) the minutes are one meeting of. */
  seriesId: string | null
}

/** An inquiry or a committee: minutes that are meetings of it carry its id. */
export interface Series {
  id: string
  title: string
  createdAt: string
}

/**
 * What a series' register keeps about one recommendation beside its minutes: theme tags, and the
 * recommendation it was marked a duplicate of. Keyed by the block's Yjs id, which lives as long
 * as the block does.
 */
export interface RecommendationNote {
  documentId: string
  blockId: string
  themes: string[]
  mergedInto: { documentId: string; blockId: string } | null
}

/** The workflow steps someone signs for. */
export type SignedStep = LockedStatus

/** A meta with nobody signed for anything: new minutes, or minutes reopened. */
export const unsigned = {
  approvedBy: null,
  approvedAt: null,
  publishedBy: null,
  publishedAt: null,
} as const satisfies Partial<DocumentMeta>

/**
 * The sign-offs that still hold at `status`: reopening undoes publication, and a return to
 * draft or circulation undoes the approval too.
 */
export function signOffsAt(
  status: WorkflowStatus,
  meta: Pick<DocumentMeta, 'approvedBy' | 'approvedAt' | 'publishedBy' | 'publishedAt'>,
): Pick<DocumentMeta, 'approvedBy' | 'approvedAt' | 'publishedBy' | 'publishedAt'> {
  if (status === 'published') return { ...meta }
  if (status === 'approved') return { ...meta, publishedBy: null, publishedAt: null }
  return { ...unsigned }
}

export interface NewDocument {
  id: string
  title: string
  /** A Yjs update holding the document's first content, written with the document. */
  initialState?: Uint8Array
  /** The series it is a meeting of; it must exist (SeriesNotFoundError). */
  seriesId?: string | null
}

/** A Yjs client id bound to the person who first wrote with it. */
export interface ClientIdBinding {
  clientId: number
  /** Null for a writer with no known person: nobody may ever take the id over. */
  principalId: string | null
}

/** Why a version was recorded. */
export type VersionKind = 'automatic' | 'named' | 'status' | 'restore'

/**
 * A version of a document: a Yjs snapshot (state vector and delete set) of the document as it
 * was. The document keeps its history (no garbage collection, and compaction merges without
 * dropping anything), so a snapshot is enough to rebuild the content at that moment.
 */
export interface StoredVersion {
  id: string
  documentId: string
  /** Null for an automatic checkpoint, shown by its time. */
  name: string | null
  kind: VersionKind
  /** The workflow status the minutes were in. */
  status: WorkflowStatus
  createdAt: string
  /** The principal who made it; null when the server did on its own. */
  createdBy: string | null
  /** Principals who edited since the previous version. */
  authors: string[]
  /** Y.encodeSnapshot of the document at that moment. */
  snapshot: Uint8Array
  /** Who deleted what since the previous version, encoded by the version history; opaque here. */
  deletions: Uint8Array
}

/** A version without its snapshot and deletions: enough to list versions or find one. */
export type VersionSummary = Omit<StoredVersion, 'snapshot' | 'deletions'>

/** A run of consecutive versions, both ends included; `to` left out runs to the last one. */
export interface VersionSpan {
  from: string
  to?: string
}

/** One entry of a document's audit trail. */
export interface AuditEvent {
  at: string
  /** The principal, when a person did it. */
  actorId: string | null
  /** The actor's name as it was then. */
  actorName: string
  kind: string
  detail: string
}

/**
 * The secretariat's decision on one correction made after circulation, with the correction as
 * it was decided (what the corrections use case needs to list it and to leave its text alone).
 */
export interface CorrectionDecisionRecord {
  documentId: string
  correctionId: string
  state: 'accepted' | 'reverted'
  /** How an accepted correction is classed; null for a revert. */
  class: string | null
  /** The principal who decided. */
  decidedBy: string
  decidedAt: string
  /** The correction itself, encoded by the corrections use case; opaque here. */
  correction: string
}

/**
 * Merges several Yjs updates into one; the store stays free of Yjs itself. It may take its time
 * (in a worker thread): updates appended meanwhile are kept after the merged one.
 */
export type MergeUpdates = (updates: Uint8Array[]) => Uint8Array | Promise<Uint8Array>

/**
 * Where documents and their Yjs update logs live. Asynchronous so that networked stores
 * (PostgreSQL) fit behind the same interface as the embedded SQLite one.
 */
export interface DocumentStore {
  createDocument(document: NewDocument): Promise<DocumentMeta>
  getDocument(id: string): Promise<DocumentMeta | undefined>
  /** Newest first. */
  listDocuments(): Promise<DocumentMeta[]>
  renameDocument(id: string, title: string): Promise<DocumentMeta | undefined>
  /** Sets the status and forgets the sign-offs it undoes (`signOffsAt`). */
  setStatus(id: string, status: WorkflowStatus): Promise<DocumentMeta | undefined>
  /** Records that `by` signed for `step` now; the status itself is set by `setStatus`. */
  signOff(id: string, step: SignedStep, by: string): Promise<DocumentMeta | undefined>
  /**
   * Appends updates to the log, in order, in one transaction, with the client ids first bound to
   * a person in them (a binding already kept is left as it is).
   */
  appendUpdates(id: string, updates: Uint8Array[], clientIds?: ClientIdBinding[]): Promise<void>
  /** Every client id bound to a person in this document. */
  loadClientIds(id: string): Promise<ClientIdBinding[]>
  /** The whole log, oldest first. */
  loadUpdates(id: string): Promise<Uint8Array[]>
  /**
   * Replaces the log as it was when read with one merged update, atomically; what was appended
   * while the merge ran stays after it, and a log another compaction changed meanwhile is left
   * as it is. Returns the log's length afterwards.
   */
  compactUpdates(id: string, merge: MergeUpdates): Promise<number>
  /** Keeps a version; throws DocumentNotFoundError for unknown documents. */
  addVersion(version: StoredVersion): Promise<void>
  /**
   * Oldest first, each with its snapshot; with `span`, only that run of them (none when an end
   * is not a version of this document).
   */
  listVersions(documentId: string, span?: VersionSpan): Promise<StoredVersion[]>
  /** Oldest first, without the snapshots: what to read to find versions before loading them. */
  listVersionSummaries(documentId: string): Promise<VersionSummary[]>
  getVersion(documentId: string, versionId: string): Promise<StoredVersion | undefined>
  createSeries(series: { id: string; title: string }): Promise<Series>
  getSeries(id: string): Promise<Series | undefined>
  /** Oldest first. */
  listSeries(): Promise<Series[]>
  /**
   * Makes the document a meeting of the series, or of none (`null`); undefined for an unknown
   * document, SeriesNotFoundError for an unknown series.
   */
  setSeries(documentId: string, seriesId: string | null): Promise<DocumentMeta | undefined>
  /** The series' notes on its recommendations; SeriesNotFoundError for an unknown series. */
  listRecommendationNotes(seriesId: string): Promise<RecommendationNote[]>
  /**
   * Replaces the note on one recommendation (a note with no theme and no merge is removed);
   * SeriesNotFoundError for an unknown series.
   */
  setRecommendationNote(seriesId: string, note: RecommendationNote): Promise<void>
  /** Appends to the audit trail; throws DocumentNotFoundError for unknown documents. */
  addAuditEvent(documentId: string, event: AuditEvent): Promise<void>
  /** Oldest first. */
  listAuditEvents(documentId: string): Promise<AuditEvent[]>
  /**
   * Keeps a decision unless one is kept for that correction already (then false, and nothing
   * changes): a decision is made once. Throws DocumentNotFoundError for unknown documents.
   */
  addCorrectionDecision(decision: CorrectionDecisionRecord): Promise<boolean>
  /** Forgets a decision whose change could not be made, so that it can be decided again. */
  removeCorrectionDecision(documentId: string, correctionId: string): Promise<void>
  /** Oldest first. */
  listCorrectionDecisions(documentId: string): Promise<CorrectionDecisionRecord[]>
  close(): Promise<void>
}

export class DocumentNotFoundError extends Error {
  override name = 'DocumentNotFoundError'
  constructor(readonly documentId: string) {
    super(`There is no document with id "${documentId}".`)
  }
}

export class SeriesNotFoundError extends Error {
  override name = 'SeriesNotFoundError'
  constructor(readonly seriesId: string) {
    super(`There is no series with id "${seriesId}".`)
  }
}
