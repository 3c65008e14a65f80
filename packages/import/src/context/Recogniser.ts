import type { JSONContent } from '@tiptap/core'
import type { RecognisedKind } from '../ImportResult'
import type { ImportContext } from './ImportContext'

export interface Recognition {
  nodes: JSONContent[]
  /** Index of the first line not consumed; always past the line the block started on. */
  next: number
}

/** One shape of minutes the importer knows, such as a speaker's section or an attendance list. */
export interface Recogniser {
  kind: RecognisedKind
  /** Whether such a block starts at line `index`; cheap and free of side effects, so that other blocks know where to stop. */
  startsAt(context: ImportContext, index: number): boolean
  read(context: ImportContext, index: number): Recognition
}
