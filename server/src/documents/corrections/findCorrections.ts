import { speakerOwnedBlocks } from '@minutes/permissions'
import * as Y from 'yjs'
import type { Attribution } from '../history/compareSnapshots'

/** Consecutive Yjs ids of one client: `[client, clock, length]`. */
export type IdRun = [number, number, number]

/**
 * Text one person changed in one place of one speaker's block between two snapshots: the
 * keystrokes a person would describe as one correction ("changed 'ten' to 'twelve'").
 */
export interface FoundCorrection {
  /** The id of its first changed character: stable while the correction stays as it is. */
  id: string
  speakerId: string
  /** A principal id; null when nobody is known. */
  author: string | null
  inserted: string
  deleted: string
  /** The characters it wrote that are still there, and those it deleted. */
  insertions: IdRun[]
  deletions: IdRun[]
}

/** A Yjs type holding a list of items: a fragment, an element, a text. */
type ListType = { _start: Y.Item | null }

/** What decisions already did to the text, for the corrections still to be found. */
export interface Settlement {
  /** Characters of corrections already decided, and the text reverts wrote: no correction. */
  isSettled(id: Y.ID): boolean
  /** Characters a decision wrote again elsewhere (after a footnote): they live on as copies. */
  isMovedAway(id: Y.ID): boolean
  /** For such a copy, the character it was copied from. */
  originOf(id: Y.ID): Y.ID | undefined
}

/**
 * The corrections inside speakers' sections and answers between two snapshots of a document
 * that keeps its history, in document order. Text written and deleted again in between is no
 * change; settled characters (corrections already decided, the text their reverts wrote) end a
 * correction and are never part of one; text a decision moved counts as where it came from.
 */
export function findCorrections(
  fragment: ListType,
  from: Y.Snapshot,
  to: Y.Snapshot,
  attribution: Attribution,
  settlement: Settlement,
): FoundCorrection[] {
  const found: FoundCorrection[] = []
  let current: FoundCorrection | undefined
  const isIn = (snapshot: Y.Snapshot, client: number, clock: number) =>
    (snapshot.sv.get(client) ?? 0) > clock && !Y.isDeleted(snapshot.ds, Y.createID(client, clock))

  const add = (
    kind: 'insert' | 'delete',
    speakerId: string,
    id: Y.ID,
    origin: Y.ID,
    character: string,
  ) => {
    const author =
      (kind === 'insert' ? attribution.inserterOf(origin.client) : attribution.deleterOf(id)) ??
      null
    if (!current || current.author !== author || current.speakerId !== speakerId) {
      current = {
        id: `${id.client}-${id.clock}`,
        speakerId,
        author,
        inserted: '',
        deleted: '',
        insertions: [],
        deletions: [],
      }
      found.push(current)
    }
    if (kind === 'insert') {
      current.inserted += character
      extend(current.insertions, id)
    } else {
      current.deleted += character
      extend(current.deletions, id)
    }
  }

  const walk = (parent: ListType, speakerId: string | undefined) => {
    for (let item = parent._start; item !== null; item = item.right) {
      const { client, clock } = item.id
      const content = item.content
      if (content instanceof Y.ContentType) {
        if (!isIn(from, client, clock) && !isIn(to, client, clock)) continue
        current = undefined
        walk(content.type, speakerOf(content.type) ?? speakerId)
        current = undefined
      } else if (content instanceof Y.ContentString && speakerId !== undefined) {
        for (let offset = 0; offset < content.str.length; offset++) {
          const id = Y.createID(client, clock + offset)
          if (settlement.isMovedAway(id)) continue
          const origin = settlement.originOf(id) ?? id
          const before = isIn(from, origin.client, origin.clock)
          const after = isIn(to, client, clock + offset)
          if (before === after) {
            // Unchanged text ends a correction; text written and deleted since does not.
            if (before) current = undefined
            continue
          }
          if (settlement.isSettled(id) || settlement.isSettled(origin)) {
            current = undefined
            continue
          }
          add(after ? 'insert' : 'delete', speakerId, id, origin, content.str[offset] ?? '')
        }
      }
    }
  }
  walk(fragment, undefined)
  return found
}

/** The speaker a section or answer belongs to, read from the element. */
function speakerOf(type: Y.AbstractType<unknown>): string | undefined {
  if (!(type instanceof Y.XmlElement) || !speakerOwnedBlocks.has(type.nodeName)) return undefined
  const speakerId: unknown = type.getAttribute('speakerId')
  return typeof speakerId === 'string' && speakerId !== '' ? speakerId : undefined
}

function extend(runs: IdRun[], id: Y.ID): void {
  const last = runs.at(-1)
  if (last && last[0] === id.client && last[1] + last[2] === id.clock) last[2] += 1
  else runs.push([id.client, id.clock, 1])
}

/** Whether `id` is in one of `runs`. */
export function isInRuns(runs: readonly IdRun[], id: Y.ID): boolean {
  return runs.some(
    ([client, clock, length]) =>
      client === id.client && id.clock >= clock && id.clock < clock + length,
  )
}
