import type { WorkflowStatus } from '@minutes/permissions'
import type {
  AuditEvent,
  ClientIdBinding,
  CorrectionDecisionRecord,
  DocumentMeta,
  DocumentStore,
  MergeUpdates,
  NewDocument,
  RecommendationNote,
  Series,
  StoredVersion,
  VersionSpan,
  VersionSummary,
} from './DocumentStore'
import {
  DocumentNotFoundError,
  SeriesNotFoundError,
  type SignedStep,
  signOffsAt,
  unsigned,
} from './DocumentStore'
import { isEmptyNote } from './documentStoreRows'

interface StoredDocument {
  meta: DocumentMeta
  updates: Uint8Array[]
  clientIds: Map<number, string | null>
  versions: StoredVersion[]
  audit: AuditEvent[]
  corrections: CorrectionDecisionRecord[]
}

/** Keeps everything in memory: for tests and throwaway servers. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, StoredDocument>()
  private readonly series = new Map<string, Series>()
  /** By series, then by "documentId blockId". */
  private readonly notes = new Map<string, Map<string, RecommendationNote>>()

  async createDocument({
    id,
    title,
    initialState,
    seriesId = null,
  }: NewDocument): Promise<DocumentMeta> {
    if (this.documents.has(id)) throw new Error(`A document with id "${id}" exists already.`)
    if (seriesId !== null && !this.series.has(seriesId)) throw new SeriesNotFoundError(seriesId)
    const now = new Date().toISOString()
    const meta: DocumentMeta = {
      id,
      title,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      ...unsigned,
      seriesId,
    }
    this.documents.set(id, {
      meta,
      updates: initialState ? [initialState.slice()] : [],
      clientIds: new Map(),
      versions: [],
      audit: [],
      corrections: [],
    })
    return { ...meta }
  }

  async getDocument(id: string): Promise<DocumentMeta | undefined> {
    const stored = this.documents.get(id)
    return stored && { ...stored.meta }
  }

  async listDocuments(): Promise<DocumentMeta[]> {
    return [...this.documents.values()]
      .map(({ meta }) => ({ ...meta }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
  }

  async renameDocument(id: string, title: string): Promise<DocumentMeta | undefined> {
    const stored = this.documents.get(id)
    if (!stored) return undefined
    stored.meta = { ...stored.meta, title, updatedAt: new Date().toISOString() }
    return { ...stored.meta }
  }

  async setStatus(id: string, status: WorkflowStatus): Promise<DocumentMeta | undefined> {
    const stored = this.documents.get(id)
    if (!stored) return undefined
    const updatedAt = new Date().toISOString()
    stored.meta = { ...stored.meta, ...signOffsAt(status, stored.meta), status, updatedAt }
    return { ...stored.meta }
  }

  async signOff(id: string, step: SignedStep, by: string): Promise<DocumentMeta | undefined> {
    const stored = this.documents.get(id)
    if (!stored) return undefined
    const now = new Date().toISOString()
    stored.meta =
      step === 'approved'
        ? { ...stored.meta, approvedBy: by, approvedAt: now }
        : { ...stored.meta, publishedBy: by, publishedAt: now }
    return { ...stored.meta }
  }

  async appendUpdates(
    id: string,
    updates: Uint8Array[],
    clientIds: ClientIdBinding[] = [],
  ): Promise<void> {
    const stored = this.require(id)
    for (const { clientId, principalId } of clientIds) {
      if (!stored.clientIds.has(clientId)) stored.clientIds.set(clientId, principalId)
    }
    if (updates.length === 0) return
    stored.updates.push(...updates.map((update) => update.slice()))
    stored.meta = { ...stored.meta, updatedAt: new Date().toISOString() }
  }

  async loadClientIds(id: string): Promise<ClientIdBinding[]> {
    const clientIds = this.documents.get(id)?.clientIds ?? new Map<number, string | null>()
    return [...clientIds].map(([clientId, principalId]) => ({ clientId, principalId }))
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    return this.documents.get(id)?.updates.map((update) => update.slice()) ?? []
  }

  async compactUpdates(id: string, merge: MergeUpdates): Promise<number> {
    const stored = this.require(id)
    const read = stored.updates.slice()
    if (read.length <= 1) return read.length
    const merged = await merge(read)
    // Replaced only if no other compaction did meanwhile; appends since stay after it.
    if (stored.updates.slice(0, read.length).every((update, index) => update === read[index])) {
      stored.updates = [merged, ...stored.updates.slice(read.length)]
    }
    return stored.updates.length
  }

  async addVersion(version: StoredVersion): Promise<void> {
    this.require(version.documentId).versions.push(copyVersion(version))
  }

  async listVersions(documentId: string, span?: VersionSpan): Promise<StoredVersion[]> {
    const versions = this.documents.get(documentId)?.versions ?? []
    if (!span) return versions.map(copyVersion)
    const indexOf = (id: string) => versions.findIndex((version) => version.id === id)
    const from = indexOf(span.from)
    const to = span.to === undefined ? versions.length - 1 : indexOf(span.to)
    if (from === -1 || to === -1) return []
    return versions.slice(from, to + 1).map(copyVersion)
  }

  async listVersionSummaries(documentId: string): Promise<VersionSummary[]> {
    return (this.documents.get(documentId)?.versions ?? []).map(
      ({ snapshot: _snapshot, deletions: _deletions, ...summary }) => ({
        ...summary,
        authors: [...summary.authors],
      }),
    )
  }

  async getVersion(documentId: string, versionId: string): Promise<StoredVersion | undefined> {
    const version = this.documents.get(documentId)?.versions.find(({ id }) => id === versionId)
    return version && copyVersion(version)
  }

  async createSeries({ id, title }: { id: string; title: string }): Promise<Series> {
    if (this.series.has(id)) throw new Error(`A series with id "${id}" exists already.`)
    const series = { id, title, createdAt: new Date().toISOString() }
    this.series.set(id, series)
    return { ...series }
  }

  async getSeries(id: string): Promise<Series | undefined> {
    const series = this.series.get(id)
    return series && { ...series }
  }

  async listSeries(): Promise<Series[]> {
    return [...this.series.values()].map((series) => ({ ...series }))
  }

  async setSeries(documentId: string, seriesId: string | null): Promise<DocumentMeta | undefined> {
    const stored = this.documents.get(documentId)
    if (!stored) return undefined
    if (seriesId !== null && !this.series.has(seriesId)) throw new SeriesNotFoundError(seriesId)
    stored.meta = { ...stored.meta, seriesId, updatedAt: new Date().toISOString() }
    return { ...stored.meta }
  }

  async listRecommendationNotes(seriesId: string): Promise<RecommendationNote[]> {
    if (!this.series.has(seriesId)) throw new SeriesNotFoundError(seriesId)
    return [...(this.notes.get(seriesId)?.values() ?? [])].map(copyNote)
  }

  async setRecommendationNote(seriesId: string, note: RecommendationNote): Promise<void> {
    if (!this.series.has(seriesId)) throw new SeriesNotFoundError(seriesId)
    const notes = this.notes.get(seriesId) ?? new Map<string, RecommendationNote>()
    this.notes.set(seriesId, notes)
    const key = `${note.documentId} ${note.blockId}`
    if (isEmptyNote(note)) notes.delete(key)
    else notes.set(key, copyNote(note))
  }

  async addAuditEvent(documentId: string, event: AuditEvent): Promise<void> {
    this.require(documentId).audit.push({ ...event })
  }

  async listAuditEvents(documentId: string): Promise<AuditEvent[]> {
    return this.documents.get(documentId)?.audit.map((event) => ({ ...event })) ?? []
  }

  async addCorrectionDecision(decision: CorrectionDecisionRecord): Promise<boolean> {
    const stored = this.require(decision.documentId)
    if (stored.corrections.some(({ correctionId }) => correctionId === decision.correctionId)) {
      return false
    }
    stored.corrections.push({ ...decision })
    return true
  }

  async removeCorrectionDecision(documentId: string, correctionId: string): Promise<void> {
    const stored = this.documents.get(documentId)
    if (stored) {
      stored.corrections = stored.corrections.filter(
        (decision) => decision.correctionId !== correctionId,
      )
    }
  }

  async listCorrectionDecisions(documentId: string): Promise<CorrectionDecisionRecord[]> {
    return this.documents.get(documentId)?.corrections.map((decision) => ({ ...decision })) ?? []
  }

  async close(): Promise<void> {}

  private require(id: string): StoredDocument {
    const stored = this.documents.get(id)
    if (!stored) throw new DocumentNotFoundError(id)
    return stored
  }
}

function copyNote(note: RecommendationNote): RecommendationNote {
  return {
    ...note,
    themes: [...note.themes],
    mergedInto: note.mergedInto && { ...note.mergedInto },
  }
}

function copyVersion(version: StoredVersion): StoredVersion {
  return {
    ...version,
    authors: [...version.authors],
    snapshot: version.snapshot.slice(),
    deletions: version.deletions.slice(),
  }
}
