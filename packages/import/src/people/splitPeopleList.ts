import { isLabel } from './isLabel'
import { isPersonName } from './isPersonName'
import { type PersonMention, parsePersonMention } from './parsePersonMention'

export interface ListedPerson {
  /** The entry as written. */
  text: string
  mention: PersonMention
  isName: boolean
}

interface Segment {
  text: string
  /** Joined to the entry before by "and" rather than a comma. */
  afterAnd: boolean
}

/**
 * The entries of "A (Org), B and C (Org), D, E and F (Org)". An organisation after "X and Y"
 * belongs to the whole run of entries without one before it: "A, B and C (NSPCC)" are all NSPCC.
 */
export function splitPeopleList(text: string): ListedPerson[] {
  const entries = segmentsOf(text).map((segment) => {
    const mention = parsePersonMention(segment.text)
    const isName = isPersonName(mention.name) && !isLabel(mention.name)
    return { segment, listed: { text: segment.text, mention, isName } }
  })
  entries.forEach(({ segment, listed }, index) => {
    const organisation = listed.mention.organisation
    if (!organisation || !segment.afterAnd) return
    for (let before = index - 1; before >= 0; before--) {
      const earlier = entries[before]?.listed
      if (!earlier || earlier.mention.organisation || !earlier.isName) break
      earlier.mention.organisation = organisation
    }
  })
  return entries.map(({ listed }) => listed)
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = []
  let depth = 0
  let start = 0
  let afterAnd = false
  const close = (end: number, nextAfterAnd: boolean) => {
    let piece = text.slice(start, end).trim()
    let joinedByAnd = afterAnd
    // "A, B, and C": the serial comma's "and" still joins C to the run.
    const serial = /^(?:and|&)\s+/i.exec(piece)
    if (serial) {
      piece = piece.slice(serial[0].length)
      joinedByAnd = true
    }
    if (piece !== '') segments.push({ text: piece, afterAnd: joinedByAnd })
    afterAnd = nextAfterAnd
  }
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '(') depth++
    else if (character === ')') depth = Math.max(0, depth - 1)
    else if (depth > 0) continue
    else if (character === ',' || character === ';') {
      close(index, false)
      start = index + 1
    } else if (character === ' ') {
      const joiner = /^ (?:and|&) /.exec(text.slice(index, index + 6))
      if (joiner) {
        close(index, true)
        start = index + joiner[0].length
        index = start - 1
      }
    }
  }
  close(text.length, false)
  return segments
}
