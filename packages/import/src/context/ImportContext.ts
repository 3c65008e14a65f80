import type { JSONContent } from '@tiptap/core'
import type { ImportFormat, ImportReport, RecognisedKind } from '../ImportResult'
import type { Line } from '../lines/splitLines'
import { PeopleRegister } from '../people/PeopleRegister'
import type { Recogniser } from './Recogniser'

/** What the recognisers share while one source is imported. */
export class ImportContext {
  readonly people = new PeopleRegister()
  /** Counted once the whole source is read (`countRecognised`). */
  readonly report: Omit<ImportReport, 'counts'> = { recognised: [], unrecognised: [] }
  hasHeader = false
  hasDetails = false
  /** Set once anything past the header and meeting details has been read. */
  hasBody = false
  /** Recommendations, decisions and actions read so far: their numbers follow document order. */
  recommendations = 0
  decisions = 0
  actions = 0
  /** The meeting details read so far, for a later "Next meeting" line to complete. */
  details: JSONContent | undefined
  /** The title front matter gives the minutes. */
  title: string | undefined
  /** ISO date of the meeting, for due dates written without a year. */
  meetingDate: string | null = null

  constructor(
    readonly lines: readonly Line[],
    readonly format: ImportFormat,
    private readonly recognisers: readonly Recogniser[],
    /** Each line is a paragraph of its own, as in a Word document: lines never run on. */
    readonly paragraphPerLine = false,
  ) {}

  line(index: number): Line | undefined {
    return this.lines[index]
  }

  /** The first line at or after `index` that is not blank; `lines.length` if there is none. */
  nextNonBlank(index: number): number {
    let current = index
    while (current < this.lines.length && this.lines[current]?.shape.kind === 'blank') current++
    return current
  }

  /** The last line before `index` that is not blank; -1 if there is none. */
  previousNonBlank(index: number): number {
    let current = index - 1
    while (current >= 0 && this.lines[current]?.shape.kind === 'blank') current--
    return current
  }

  /** Whether a recognised block other than those of `embedded` kinds starts at `index`. */
  startsBlock(index: number, embedded: readonly RecognisedKind[] = []): boolean {
    return this.recognisers.some(
      (recogniser) => !embedded.includes(recogniser.kind) && recogniser.startsAt(this, index),
    )
  }

  recognise(kind: RecognisedKind, label: string, index: number): void {
    const line = this.lines[index]?.number ?? index + 1
    this.report.recognised.push({ kind, label, line })
  }
}
