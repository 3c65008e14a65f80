/** A block of the minutes as the rules see it: its type and, where it has one, its speaker. */
export interface BlockRef {
  type: string
  speakerId: string | null
}

/**
 * One effect of an incoming update, described in plain data by the sync layer.
 * `path` lists the blocks around the changed thing, outermost first, not the thing itself:
 * text typed in a speaker's paragraph has path [speakerSection, paragraph]; an attribute of a
 * section has path [speakerSection]; the section's own insertion or deletion has path [].
 */
export type DescribedChange =
  | { target: 'content'; action: 'insert' | 'delete' | 'attribute'; path: BlockRef[] }
  /** A write to the people register. */
  | { target: 'register'; key: string }
  /** Anything the sync layer could not place: refused by every rule. */
  | { target: 'unknown'; description: string }
