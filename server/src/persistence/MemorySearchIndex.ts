import type {
  SearchBlock,
  SearchBlockChanges,
  SearchIndex,
  SearchMatch,
  SearchRequest,
} from './SearchIndex'
import { foldForSearch, matchesAllTerms } from './searchTerms'

/** A scan over blocks kept in memory: for tests and throwaway servers. */
export class MemorySearchIndex implements SearchIndex {
  private readonly documents = new Map<string, Map<string, SearchBlock>>()

  async loadBlocks(documentId: string): Promise<SearchBlock[]> {
    return [...(this.documents.get(documentId)?.values() ?? [])].map((block) => ({ ...block }))
  }

  async writeBlocks(documentId: string, { put, remove }: SearchBlockChanges): Promise<void> {
    const blocks = this.documents.get(documentId) ?? new Map<string, SearchBlock>()
    for (const blockId of remove) blocks.delete(blockId)
    for (const block of put) blocks.set(block.blockId, { ...block })
    if (blocks.size === 0) this.documents.delete(documentId)
    else this.documents.set(documentId, blocks)
  }

  async replaceBlocks(documentId: string, blocks: SearchBlock[]): Promise<void> {
    this.documents.delete(documentId)
    await this.writeBlocks(documentId, { put: blocks, remove: [] })
  }

  async listIndexedDocuments(): Promise<Set<string>> {
    return new Set(this.documents.keys())
  }

  async search({
    terms,
    documentIds,
    kind,
    speaker,
    limit,
  }: SearchRequest): Promise<SearchMatch[]> {
    if (terms.length === 0) return []
    const speakerKey = speaker === undefined ? undefined : foldForSearch(speaker)
    const matches: SearchMatch[] = []
    for (const documentId of documentIds) {
      for (const block of this.documents.get(documentId)?.values() ?? []) {
        if (kind !== undefined && block.kind !== kind) continue
        if (
          speaker !== undefined &&
          block.speakerId !== speaker &&
          (block.speakerName === null || foldForSearch(block.speakerName) !== speakerKey)
        ) {
          continue
        }
        if (matchesAllTerms(block.text, terms)) matches.push({ ...block, documentId })
      }
    }
    return matches.slice(0, limit)
  }

  async close(): Promise<void> {}
}
