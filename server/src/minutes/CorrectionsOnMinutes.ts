import { canManageDocument, type DocumentAccess, isLocked } from '@minutes/permissions'
import type {
  CorrectionClass,
  CorrectionDecision,
  CorrectionList,
  CorrectionView,
} from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import * as Y from 'yjs'
import type { AuthStore } from '../auth/AuthStore'
import { describePrincipal } from '../auth/describePrincipal'
import {
  type FoundCorrection,
  findCorrections,
  type IdRun,
  RunIndex,
} from '../documents/corrections/findCorrections'
import { type MovedRun, moveToFootnote } from '../documents/corrections/moveToFootnote'
import { revertCorrection } from '../documents/corrections/revertCorrection'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { decodeDeletions, deleterOf } from '../documents/history/encodeDeletions'
import type { Revert } from '../documents/history/revertToSnapshot'
import { type LiveDocument, UpdateRefusedError } from '../documents/LiveDocument'
import {
  type CorrectionDecisionRecord,
  DocumentNotFoundError,
  type DocumentStore,
  type StoredVersion,
} from '../persistence/DocumentStore'
import { judgeUpdate } from '../sync/judgeUpdate'
import type { AuditLog } from './AuditLog'
import { catchUpTo, type HistoryWriter } from './VersionHistory'
import type { CommentJudging } from './writeCommentsAs'

/** No correction with this id is waiting for a decision in these minutes. */
export class CorrectionNotFoundError extends Error {
  override name = 'CorrectionNotFoundError'
  constructor() {
    super('There is no such correction waiting for a decision in these minutes.')
  }
}

/** A decision that cannot be made now (decided already, minutes locked); the message says why. */
export class CorrectionConflictError extends Error {
  override name = 'CorrectionConflictError'
}

/** Someone who may not see or decide corrections; the message says who may. */
export class CorrectionRefusedError extends Error {
  override name = 'CorrectionRefusedError'
}

/** A correction as a decision keeps it (the store holds it as JSON). */
interface DecidedCorrection {
  speakerId: string
  author: string | null
  authorName: string
  inserted: string
  deleted: string
  at: string
  insertions: IdRun[]
  deletions: IdRun[]
  /** The client id the revert (or the footnote) was written with: its text is no correction. */
  writtenWith: number | null
  /** What that change deleted besides the correction's own words (text it wrote again). */
  rewritten: IdRun[]
  /** The copies it wrote of that text, each with its origin. */
  moved: MovedRun[]
}

export interface CorrectionsDependencies {
  registry: DocumentRegistry
  store: DocumentStore
  authStore: AuthStore
  judging: CommentJudging
  audit: AuditLog
}

const classLabels: Record<CorrectionClass, string> = {
  reporting: 'a reporting error',
  factual: 'a factual correction',
  newMaterial: 'new material',
}

/**
 * The correction round: every change made inside speakers' blocks since the minutes were last
 * circulated (the status version), grouped as a person would describe it, with who made it; the
 * secretariat accepts each with a class or reverts it with a new change, once.
 */
export class CorrectionsOnMinutes {
  /** Decisions on one document are made one at a time in this process. */
  private readonly deciding = new Map<string, Promise<void>>()

  constructor(private readonly deps: CorrectionsDependencies) {}

  /** Everything since circulation for the secretariat; a speaker's own blocks for a speaker. */
  async list(documentId: string, access: DocumentAccess): Promise<CorrectionList> {
    const speakerId = readerSpeaker(access)
    const round = await this.read(documentId)
    const corrections = [...round.decided, ...round.pending].filter(
      (correction) => speakerId === undefined || correction.speakerId === speakerId,
    )
    return { since: round.since, corrections }
  }

  /** Accepts a pending correction with a class, or reverts it; once. */
  decide(
    documentId: string,
    correctionId: string,
    decision: CorrectionDecision,
    writer: HistoryWriter,
  ): Promise<CorrectionView> {
    if (!canManageDocument(writer.access)) {
      return Promise.reject(new CorrectionRefusedError('Only the secretariat decides corrections.'))
    }
    const before = this.deciding.get(documentId) ?? Promise.resolve()
    const next = before.then(() => this.decideNow(documentId, correctionId, decision, writer))
    // Waited on by the next decision, which runs whatever this one's outcome.
    const settled = next.then(
      () => undefined,
      () => undefined,
    )
    void settled.then(() => {
      if (this.deciding.get(documentId) === settled) this.deciding.delete(documentId)
    })
    this.deciding.set(documentId, settled)
    return next
  }

  private async decideNow(
    documentId: string,
    correctionId: string,
    decision: CorrectionDecision,
    writer: HistoryWriter,
  ): Promise<CorrectionView> {
    const decided = await this.deps.store.listCorrectionDecisions(documentId)
    if (decided.some((record) => record.correctionId === correctionId)) {
      throw new CorrectionConflictError('This correction has been decided already.')
    }
    const lease = await this.deps.registry.acquire(documentId)
    const document = lease.document
    const owner = { principalId: writer.id, supersede: () => {} }
    try {
      const status = document.workflow.status
      if (isLocked(status)) {
        throw new CorrectionConflictError(
          `The minutes are ${status} and read-only: reopen them to decide corrections.`,
        )
      }
      const round = await this.readLive(document, decided)
      const found = round.found.find(({ correction }) => correction.id === correctionId)
      if (!found) throw new CorrectionNotFoundError()
      const { correction, at } = found
      const correctionClass = decision.decision === 'accept' ? decision.class : undefined
      let change: (Revert & { moved?: MovedRun[] }) | undefined
      if (decision.decision === 'revert') {
        change = revertCorrection(document.doc, CONTENT_FRAGMENT_NAME, correction)
      } else if (correctionClass === 'newMaterial') {
        change = moveToFootnote(document.doc, correction)
        if (!change) {
          throw new CorrectionConflictError(
            'Only a correction that adds words can be accepted as new material.',
          )
        }
      }
      const authorName = await this.nameOf(correction.author)
      const record: CorrectionDecisionRecord = {
        documentId,
        correctionId,
        state: decision.decision === 'revert' ? 'reverted' : 'accepted',
        class: correctionClass ?? null,
        decidedBy: writer.id,
        decidedAt: new Date().toISOString(),
        correction: JSON.stringify({
          speakerId: correction.speakerId,
          author: correction.author,
          authorName,
          inserted: correction.inserted,
          deleted: correction.deleted,
          at,
          insertions: correction.insertions,
          deletions: correction.deletions,
          writtenWith: change?.clientId ?? null,
          rewritten: change ? deletedBy(change.update) : [],
          moved: change?.moved ?? [],
        } satisfies DecidedCorrection),
      }
      // Claimed in the store before the change is made: another process deciding the same
      // correction at the same moment gets a conflict, and the text changes once.
      if (!(await this.deps.store.addCorrectionDecision(record))) {
        throw new CorrectionConflictError('This correction has been decided already.')
      }
      if (change) {
        try {
          await this.write(document, change, writer, owner)
        } catch (error) {
          await this.deps.store.removeCorrectionDecision(documentId, correctionId)
          throw error
        }
      }
      await this.deps.audit.record(
        documentId,
        writer,
        decision.decision === 'revert' ? 'correction-reverted' : 'correction-accepted',
        `${correctionClass ? `Accepted as ${classLabels[correctionClass]}` : 'Reverted'} the correction by ${authorName}: ${describeChange(correction)}.`,
      )
      return viewOf(record)
    } catch (error) {
      if (error instanceof UpdateRefusedError) throw new CorrectionConflictError(error.message)
      throw error
    } finally {
      document.clientIds.release(owner)
      lease.release()
    }
  }

  /** Writes a change as the secretariat's own: judged like any edit, received live by everyone. */
  private async write(
    document: LiveDocument,
    change: Revert,
    writer: HistoryWriter,
    owner: { principalId: string; supersede(): void },
  ): Promise<void> {
    await document.submitUpdate(change.update, owner, (doc) => {
      const refusal = judgeUpdate(doc, Y.decodeUpdate(change.update), {
        ...this.deps.judging,
        access: writer.access,
        status: document.workflow.status,
      })
      if (refusal !== undefined) return refusal
      return document.clientIds.claimClients([change.clientId], owner)
        ? undefined
        : 'This change uses an editor id that belongs to someone else.'
    })
  }

  private async read(documentId: string) {
    const decided = await this.deps.store.listCorrectionDecisions(documentId)
    const lease = await this.deps.registry.acquire(documentId)
    try {
      const round = await this.readLive(lease.document, decided)
      const pending = await Promise.all(
        round.found.map(
          async ({ correction, at }): Promise<CorrectionView> => ({
            id: correction.id,
            speakerId: correction.speakerId,
            author: { name: await this.nameOf(correction.author) },
            inserted: correction.inserted,
            deleted: correction.deleted,
            at,
            state: 'pending',
          }),
        ),
      )
      return { since: round.since, decided: decided.map(viewOf), pending }
    } finally {
      lease.release()
    }
  }

  /** The pending corrections of a live document, each with when it was made. */
  private async readLive(document: LiveDocument, decided: readonly CorrectionDecisionRecord[]) {
    const circulation = (await this.deps.store.listVersionSummaries(document.id)).findLast(
      (version) => version.kind === 'status' && version.status === 'circulated',
    )
    // Only the circulation's snapshot and those of later versions are read, not the ones before.
    const [circulated, ...later] = circulation
      ? await this.deps.store.listVersions(document.id, { from: circulation.id })
      : []
    if (!circulated) {
      if (!(await this.deps.store.getDocument(document.id))) {
        throw new DocumentNotFoundError(document.id)
      }
      return { since: null, found: [] }
    }
    await document.whenDurable()
    await catchUpTo(document, [circulated, ...later])
    const laterDeletions = later.map((version) => decodeDeletions(version.deletions))
    const laterVectors = later.map((version) => Y.decodeSnapshot(version.snapshot).sv)
    const deletions = [...laterDeletions.flat(), ...document.edits.peek().deletions]
    const settled = decided.map((record) => readDecided(record.correction))
    const decidedText = new RunIndex(
      settled.flatMap((correction) => [...correction.insertions, ...correction.deletions]),
    )
    const rewritten = new RunIndex(settled.flatMap((correction) => correction.rewritten))
    const writtenWith = new Set(settled.flatMap(({ writtenWith }) => writtenWith ?? []))
    const moved = settled.flatMap((correction) => correction.moved)
    const originOf = (id: Y.ID) => {
      const run = moved.find(
        ([client, clock, , , length]) =>
          client === id.client && id.clock >= clock && id.clock < clock + length,
      )
      return run && Y.createID(run[2], run[3] + id.clock - run[1])
    }
    const settlement = {
      originOf,
      // Text a footnote wrote again after itself: its copies stand for it.
      isMovedAway: (id: Y.ID) => rewritten.has(id) && !decidedText.has(id),
      isSettled: (id: Y.ID) =>
        decidedText.has(id) || (writtenWith.has(id.client) && originOf(id) === undefined),
    }
    const found = findCorrections(
      document.doc.getXmlFragment(CONTENT_FRAGMENT_NAME),
      Y.decodeSnapshot(circulated.snapshot),
      Y.snapshot(document.doc),
      {
        inserterOf: (clientId) => document.clientIds.principalOf(clientId),
        deleterOf: (id) => deleterOf(deletions, id),
      },
      settlement,
    )
    const now = new Date().toISOString()
    return {
      since: circulated.createdAt,
      found: found.map((correction) => ({
        correction,
        at: madeAt(correction, later, laterVectors, laterDeletions) ?? now,
      })),
    }
  }

  private async nameOf(principalId: string | null): Promise<string> {
    if (principalId === null) return 'Someone'
    return (await describePrincipal(this.deps.authStore, principalId)).name
  }
}

/** Who a reader of the list is: the secretariat (everything), a speaker (their blocks) or nobody. */
function readerSpeaker(access: DocumentAccess): string | undefined {
  if (canManageDocument(access)) return undefined
  if (access.role === 'speaker' && access.speakerId !== undefined) return access.speakerId
  throw new CorrectionRefusedError(
    'Corrections are shown to the secretariat, and to each speaker for their own sections.',
  )
}

/**
 * When a correction was made, as near as the versions tell: the first version after
 * circulation that holds its first character. Undefined when it came after the last one.
 */
function madeAt(
  correction: FoundCorrection,
  later: readonly StoredVersion[],
  laterVectors: readonly Map<number, number>[],
  laterDeletions: readonly ReturnType<typeof decodeDeletions>[],
): string | undefined {
  const [inserted] = correction.insertions
  const [deleted] = correction.deletions
  const index = later.findIndex((_version, index) => {
    if (inserted) return (laterVectors[index]?.get(inserted[0]) ?? 0) > inserted[1]
    return (
      deleted !== undefined &&
      deleterOf(laterDeletions[index] ?? [], Y.createID(deleted[0], deleted[1])) !== undefined
    )
  })
  return later[index]?.createdAt
}

function readDecided(encoded: string): DecidedCorrection {
  return JSON.parse(encoded) as DecidedCorrection
}

function viewOf(record: CorrectionDecisionRecord): CorrectionView {
  const correction = readDecided(record.correction)
  const correctionClass = record.class as CorrectionClass | null
  return {
    id: record.correctionId,
    speakerId: correction.speakerId,
    author: { name: correction.authorName },
    inserted: correction.inserted,
    deleted: correction.deleted,
    at: correction.at,
    state: record.state,
    ...(correctionClass ? { class: correctionClass } : {}),
  }
}

/** "changed 'ten' to 'twelve'", as the audit trail words it. */
function describeChange({
  inserted,
  deleted,
}: Pick<FoundCorrection, 'inserted' | 'deleted'>): string {
  if (inserted && deleted) return `changed “${deleted}” to “${inserted}”`
  if (inserted) return `added “${inserted}”`
  return `deleted “${deleted}”`
}

/** The characters an update deletes, as runs. */
function deletedBy(update: Uint8Array): IdRun[] {
  const runs: IdRun[] = []
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    for (const { clock, len } of items) runs.push([client, clock, len])
  }
  return runs
}
