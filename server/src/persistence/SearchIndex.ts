/** One searchable block of a document, as the index keeps it. */
export interface SearchBlock {
  /** Stable while the block lives: the Yjs id of its element (`client-clock`). */
  blockId: string
  /** The node type that says what the block is (`speakerSection`, `recommendation`…). */
  kind: string
  /** The person the block is by (a people register id), if any, and their name when indexed. */
  speakerId: string | null
  speakerName: string | null
  text: string
}

/** What changed in one document since it was last indexed. */
export interface SearchBlockChanges {
  /** Blocks new or different: replace what the index holds under their ids. */
  put: SearchBlock[]
  /** Ids of blocks gone from the document. */
  remove: string[]
}

export interface SearchRequest {
  /**
   * Words, each already reduced to letters and digits (`parseSearchTerms`), matched as prefixes;
   * every one must occur in the block. Never user syntax: stores may quote them as they are.
   */
  terms: readonly string[]
  /** Only blocks of these documents: the ones the caller may read. */
  documentIds: readonly string[]
  kind?: string
  /** A people register id, or a name compared without case or accents (`foldForSearch`). */
  speaker?: string
  /** The best candidates by the store's own ranking, at most this many. */
  limit: number
}

export interface SearchMatch extends SearchBlock {
  documentId: string
}

/**
 * Full-text search over every document's blocks, kept per block so that an edit rewrites only
 * the blocks it changed. Beside the DocumentStore, on the same database.
 */
export interface SearchIndex {
  /** What the index holds for this document, to compare the document with. */
  loadBlocks(documentId: string): Promise<SearchBlock[]>
  /** Applies one document's changes in one transaction. */
  writeBlocks(documentId: string, changes: SearchBlockChanges): Promise<void>
  /** Replaces everything held for the document (first indexing, or a full check). */
  replaceBlocks(documentId: string, blocks: SearchBlock[]): Promise<void>
  /** Documents with at least one block in the index. */
  listIndexedDocuments(): Promise<Set<string>>
  search(request: SearchRequest): Promise<SearchMatch[]>
  close(): Promise<void>
}
