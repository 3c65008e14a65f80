import type { Role } from './roles'

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
 * `blocks` names the block types an insertion or deletion creates or removes (none for text).
 */
export type DescribedChange =
  | {
      target: 'content'
      action: 'insert' | 'delete' | 'attribute'
      path: BlockRef[]
      blocks?: readonly string[]
    }
  /** A write to the comment threads beside the content (see `canComment`). */
  | {
      target: 'comment'
      action: CommentAction
      /** The person the write names as author or resolver. */
      actor?: Commenter
      /** Whose comment an edit or delete changes. */
      owner?: string
    }
  /** A write to the people register. */
  | { target: 'register'; key: string }
  /**
   * Clock numbers with no content (a Yjs GC struct): it changes nothing anyone sees, but it is
   * still a write, allowed only to someone who may write somewhere now.
   */
  | { target: 'filler' }
  /** Anything the sync layer could not place: refused by every rule. */
  | { target: 'unknown'; description: string }

/** What a write to the comment threads does; `rewrite` stores a value unchanged. */
export type CommentAction = 'start' | 'reply' | 'edit' | 'delete' | 'resolve' | 'reopen' | 'rewrite'

/** A person as the server knows them: who writes, and who a comment names. */
export interface Commenter {
  id: string
  name: string
  role: Role
}
