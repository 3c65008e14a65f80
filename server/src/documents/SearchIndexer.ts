import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import * as Y from 'yjs'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import type { SearchBlock, SearchIndex } from '../persistence/SearchIndex'
import {
  extractBlocksOf,
  extractSearchBlocks,
  listBlockIds,
  readSpeakerNames,
  type TopLevelNode,
  topLevelNodesOf,
} from './extractSearchBlocks'
import type { LiveDocument } from './LiveDocument'

export interface SearchIndexerOptions {
  /** How long after the first change of a burst its blocks are indexed. */
  delayMs: number
  logger: Logger
}

/** What a followed document changed since its blocks were last indexed. */
interface Followed {
  document: LiveDocument
  /** Top-level nodes with an edit at or below them. */
  dirty: Set<TopLevelNode>
  /** Every block needs another look: a new document, or the people register changed. */
  isAllDirty: boolean
  /** Top-level nodes were added or removed: blocks gone are found by their missing ids. */
  isReordered: boolean
  /** What the index holds for the document, as this process wrote or read it. */
  indexed: Map<string, SearchBlock> | undefined
  timer: NodeJS.Timeout | undefined
  /** The writes in progress, in order; never rejects. */
  writing: Promise<void>
}

interface Extracted {
  /** Every block in the document now. */
  ids: Set<string>
  /** The blocks looked at again, with their text (empty blocks are absent). */
  blocks: SearchBlock[]
  /** Ids of the blocks looked at again. */
  looked: Set<string>
}

/**
 * Keeps the search index current. A live document's edits mark the top-level nodes they touch;
 * a while later only those are read again, and only blocks whose text, kind or speaker differ
 * from what the index holds are written. Documents never indexed are indexed from the store.
 */
export class SearchIndexer {
  private readonly followed = new Set<Followed>()
  /** Documents known to be in the index; read from it once. */
  private known: Promise<Set<string>> | undefined
  private isClosed = false

  constructor(
    private readonly index: SearchIndex,
    private readonly store: DocumentStore,
    private readonly options: SearchIndexerOptions,
  ) {}

  /** Indexes a live document's changes from now on, after checking what the index holds. */
  follow(document: LiveDocument): void {
    const state: Followed = {
      document,
      dirty: new Set(),
      // The index may lag behind the store (a crash before a write): check every block once.
      isAllDirty: true,
      isReordered: false,
      indexed: undefined,
      timer: undefined,
      writing: Promise.resolve(),
    }
    this.followed.add(state)
    const fragment = document.doc.getXmlFragment(CONTENT_FRAGMENT_NAME)
    const people = document.doc.getMap(PEOPLE_MAP_NAME)
    const handleContent = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) markDirty(state, fragment, event)
      this.schedule(state)
    }
    // A renamed person renames the speaker of their blocks: unchanged blocks are not rewritten.
    const handlePeople = () => {
      state.isAllDirty = true
      this.schedule(state)
    }
    fragment.observeDeep(handleContent)
    people.observe(handlePeople)
    document.onClose(() => {
      clearTimeout(state.timer)
      // Read before the document is freed; written after.
      this.flush(state)
      fragment.unobserveDeep(handleContent)
      people.unobserve(handlePeople)
      void state.writing.then(() => this.followed.delete(state))
    })
    this.schedule(state)
  }

  /**
   * Indexes, from the store, those of `documentIds` the index has never held. A live document is
   * left to its follower, which checks every block of it once anyway.
   */
  async ensureIndexed(documentIds: readonly string[]): Promise<void> {
    const known = await this.knownDocuments()
    for (const id of documentIds) {
      if (known.has(id) || this.isClosed || this.isFollowed(id)) continue
      try {
        await this.indexStored(id)
      } catch (error) {
        this.options.logger.warn(`document ${id}: could not be indexed for search`, error)
      }
    }
  }

  /** Reads the document from the store and replaces everything the index holds for it. */
  async indexStored(id: string): Promise<void> {
    const updates = await this.store.loadUpdates(id)
    const doc = new Y.Doc()
    try {
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
      await this.index.replaceBlocks(id, extractSearchBlocks(doc))
    } finally {
      doc.destroy()
    }
    ;(await this.knownDocuments()).add(id)
    // Loaded meanwhile, its follower may have written newer blocks that this just replaced.
    for (const state of this.followed) {
      if (state.document.id !== id) continue
      state.indexed = undefined
      state.isAllDirty = true
      this.schedule(state)
    }
  }

  private isFollowed(id: string): boolean {
    return [...this.followed].some((state) => state.document.id === id)
  }

  /** Writes every pending change now, and waits for the writes: before the store closes. */
  async close(): Promise<void> {
    this.isClosed = true
    for (const state of this.followed) {
      clearTimeout(state.timer)
      if (!state.document.isDestroyed) this.flush(state)
    }
    await Promise.all([...this.followed].map((state) => state.writing))
  }

  private knownDocuments(): Promise<Set<string>> {
    this.known ??= this.index.listIndexedDocuments().catch((error: unknown) => {
      this.known = undefined
      throw error
    })
    return this.known
  }

  private schedule(state: Followed): void {
    // Once per delay at most, counted from the first change: steady typing is indexed too.
    if (state.timer || state.document.isDestroyed) return
    state.timer = setTimeout(() => {
      state.timer = undefined
      if (!state.document.isDestroyed) this.flush(state)
    }, this.options.delayMs)
    state.timer.unref()
  }

  /** Reads the changed blocks now (the document may be freed next), and queues their write. */
  private flush(state: Followed): void {
    if (!state.isAllDirty && !state.isReordered && state.dirty.size === 0) return
    const extracted = extract(state)
    state.dirty.clear()
    state.isAllDirty = false
    state.isReordered = false
    state.writing = state.writing
      .then(() => this.write(state, extracted))
      .catch((error: unknown) => {
        // Read the index again next time, and look at every block then.
        state.indexed = undefined
        state.isAllDirty = true
        this.options.logger.warn(`document ${state.document.id}: search index not updated`, error)
      })
  }

  private async write(state: Followed, { ids, blocks, looked }: Extracted): Promise<void> {
    const id = state.document.id
    state.indexed ??= new Map((await this.index.loadBlocks(id)).map((b) => [b.blockId, b]))
    const indexed = state.indexed
    const put = blocks.filter((block) => !isSameBlock(indexed.get(block.blockId), block))
    const kept = new Set(blocks.map(({ blockId }) => blockId))
    // Gone from the document, or looked at again and found empty.
    const remove = [...indexed.keys()].filter(
      (blockId) => !ids.has(blockId) || (looked.has(blockId) && !kept.has(blockId)),
    )
    if (put.length > 0 || remove.length > 0) {
      await this.index.writeBlocks(id, { put, remove })
      for (const blockId of remove) indexed.delete(blockId)
      for (const block of put) indexed.set(block.blockId, block)
    }
    ;(await this.knownDocuments()).add(id)
  }
}

function markDirty(
  state: Followed,
  fragment: Y.XmlFragment,
  event: Y.YEvent<Y.AbstractType<unknown>>,
): void {
  if (event.target === fragment) {
    // Nodes added at the top; removed ones are found missing from the ids at the next write.
    state.isReordered = true
    for (const item of event.changes.added) {
      const type = item.content instanceof Y.ContentType ? item.content.type : undefined
      if (type instanceof Y.XmlElement || type instanceof Y.XmlText) state.dirty.add(type)
    }
    return
  }
  let node: Y.AbstractType<unknown> = event.target
  while (node.parent && node.parent !== fragment) node = node.parent as Y.AbstractType<unknown>
  if (node instanceof Y.XmlElement || node instanceof Y.XmlText) state.dirty.add(node)
}

function extract(state: Followed): Extracted {
  const { doc } = state.document
  const speakers = readSpeakerNames(doc)
  const nodes = state.isAllDirty
    ? topLevelNodesOf(doc)
    : [...state.dirty].filter((node) => !node._item?.deleted)
  const ids = listBlockIds(doc)
  return {
    ids,
    blocks: nodes.flatMap((node) => extractBlocksOf(node, speakers)),
    // Empty blocks among them included, so that a block emptied is taken out of the index.
    looked: state.isAllDirty ? ids : listBlockIds(doc, nodes),
  }
}

function isSameBlock(held: SearchBlock | undefined, block: SearchBlock): boolean {
  return (
    held !== undefined &&
    held.text === block.text &&
    held.kind === block.kind &&
    held.speakerId === block.speakerId &&
    held.speakerName === block.speakerName
  )
}
