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
  /** While grouping: the rest of the words around a replacement. */
  wordBefore?: string | undefined
  wordAfter?: string | undefined
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
  const segments: Segment[] = []
  const isIn = (snapshot: Y.Snapshot, client: number, clock: number) =>
    (snapshot.sv.get(client) ?? 0) > clock && !Y.isDeleted(snapshot.ds, Y.createID(client, clock))

  const add = (
    kind: Segment['kind'],
    speakerId: string,
    author: string | null,
    id: Y.ID,
    character: string,
  ) => {
    const last = segments.at(-1)
    if (last && last.kind === kind && last.author === author && last.speakerId === speakerId) {
      last.text += character
      extend(last.ids, id)
    } else {
      segments.push({ kind, speakerId, author, text: character, ids: [[id.client, id.clock, 1]] })
    }
  }
  const cut = () => {
    if (segments.at(-1)?.kind !== 'cut')
      segments.push({ kind: 'cut', speakerId: '', author: null, text: '', ids: [] })
  }

  const walk = (parent: ListType, speakerId: string | undefined) => {
    for (let item = parent._start; item !== null; item = item.right) {
      const { client, clock } = item.id
      const content = item.content
      if (content instanceof Y.ContentType) {
        if (!isIn(from, client, clock) && !isIn(to, client, clock)) continue
        cut()
        walk(content.type, speakerOf(content.type) ?? speakerId)
        cut()
      } else if (content instanceof Y.ContentString && speakerId !== undefined) {
        for (let offset = 0; offset < content.str.length; offset++) {
          const id = Y.createID(client, clock + offset)
          if (settlement.isMovedAway(id)) continue
          const origin = settlement.originOf(id) ?? id
          const before = isIn(from, origin.client, origin.clock)
          const after = isIn(to, client, clock + offset)
          const character = content.str[offset] ?? ''
          // Text written and deleted again since is no change.
          if (!before && !after) continue
          if (before && after) add('same', speakerId, null, id, character)
          else if (settlement.isSettled(id) || settlement.isSettled(origin)) cut()
          else if (after) {
            add('insert', speakerId, attribution.inserterOf(origin.client) ?? null, id, character)
          } else add('delete', speakerId, attribution.deleterOf(id) ?? null, id, character)
        }
      }
    }
  }
  walk(fragment, undefined)
  return groupCorrections(joinSplitInsertions(segments))
}

/** A stretch of one kind in one speaker's block: unchanged, inserted or deleted by one person. */
interface Segment {
  /** `cut`: a block boundary or settled text, which no correction spans. */
  kind: 'same' | 'insert' | 'delete' | 'cut'
  speakerId: string
  author: string | null
  text: string
  ids: IdRun[]
}

/**
 * The editor writes a typed word as the difference of two texts, which may reuse a letter
 * already there: "Briefly, explained" typed before "explained" is held as "Bri" + the old
 * "e" + "fly, e". Read as a person typed it: one insertion, then the unchanged text.
 */
function joinSplitInsertions(segments: Segment[]): Segment[] {
  const joined = [...segments]
  for (let index = 0; index + 2 < joined.length; ) {
    const [first, same, second] = [joined[index], joined[index + 1], joined[index + 2]]
    const isSplit =
      first?.kind === 'insert' &&
      same?.kind === 'same' &&
      second?.kind === 'insert' &&
      second.author === first.author &&
      second.speakerId === first.speakerId &&
      same.text.length <= 3 &&
      second.text.length > same.text.length &&
      second.text.endsWith(same.text)
    if (!isSplit) {
      index++
      continue
    }
    const insertion: Segment = {
      ...first,
      text: first.text + same.text + second.text.slice(0, -same.text.length),
      ids: [...first.ids, ...second.ids],
    }
    joined.splice(index, 3, insertion, { ...same })
  }
  return joined
}

/**
 * Corrections from segments: consecutive insertions and deletions of one person, between
 * unchanged text. A replacement reads in whole words ("ten" to "twelve", not "en" to "welve").
 */
function groupCorrections(segments: Segment[]): FoundCorrection[] {
  const found: FoundCorrection[] = []
  let current: FoundCorrection | undefined
  segments.forEach((segment, index) => {
    if (segment.kind === 'same' || segment.kind === 'cut') {
      current = undefined
      return
    }
    if (!current || current.author !== segment.author || current.speakerId !== segment.speakerId) {
      const [first] = segment.ids
      current = {
        id: `${first?.[0]}-${first?.[1]}`,
        speakerId: segment.speakerId,
        author: segment.author,
        inserted: '',
        deleted: '',
        insertions: [],
        deletions: [],
      }
      found.push(current)
      const before = segments[index - 1]
      if (before?.kind === 'same') current.wordBefore = before.text.match(/[\p{L}\p{N}]+$/u)?.[0]
    }
    if (segment.kind === 'insert') {
      current.inserted += segment.text
      current.insertions.push(...segment.ids)
    } else {
      current.deleted += segment.text
      current.deletions.push(...segment.ids)
    }
    const after = segments[index + 1]
    if (after?.kind === 'same') current.wordAfter = after.text.match(/^[\p{L}\p{N}]+/u)?.[0]
  })
  return found.map(({ wordBefore = '', wordAfter = '', ...correction }) =>
    correction.inserted !== '' && correction.deleted !== ''
      ? {
          ...correction,
          inserted: wordBefore + correction.inserted + wordAfter,
          deleted: wordBefore + correction.deleted + wordAfter,
        }
      : correction,
  )
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

/** Runs of ids, looked up by client: settled text is asked about for every changed character. */
export class RunIndex {
  private readonly byClient = new Map<number, IdRun[]>()

  constructor(runs: Iterable<IdRun>) {
    for (const run of runs) {
      const list = this.byClient.get(run[0]) ?? []
      list.push(run)
      this.byClient.set(run[0], list)
    }
  }

  has(id: Y.ID): boolean {
    return (
      this.byClient
        .get(id.client)
        ?.some(([, clock, length]) => id.clock >= clock && id.clock < clock + length) ?? false
    )
  }
}
