import type { Person } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { isLabel } from '../people/isLabel'
import { isPersonName } from '../people/isPersonName'
import { isRoleName } from '../people/isRoleName'
import { type PersonMention, parsePersonMention } from '../people/parsePersonMention'

export interface SpeakerLine {
  mention: PersonMention
  /** The person the name resolves to where the register already has them. */
  person: Person | undefined
  /** What follows "Name:", inline Markdown kept. */
  rest: string
}

// "Name: …", "**Name:** …" or "**Name**: …".
const pattern = /^(\*\*|__)?([^:*_]{2,80}?)\s*(?:\1\s*:|:\s*\1) *(.*)$/
// "Priyanka – we have three languages …": a turn marked by a dash.
const dashPattern = /^([^–—:*_-]{2,60}?)\s+[–—-]\s+(\S.*)$/

const speechVerbs = new Set(
  `said says explained stated added noted reported referred highlighted asked answered responded
  replied welcomed thanked confirmed outlined described suggested agreed disagreed argued emphasised
  emphasized stressed presented proposed updated gave summarised summarized summed raised commented
  observed informed queried questioned introduced spoke told advised acknowledged expressed reminded
  took opened closed mentioned pointed provided shared warned recommended believed felt thought
  considered discussed clarified recalled reflected invited requested undertook offered seconded
  moved declared tabled circulated drew set made called urged concluded led began continued
  accepted indicated apologised congratulated echoed supported opposed cautioned identified listed
  illustrated showed demonstrated detailed`.split(/\s+/),
)

/**
 * The line at `index` read as "Name: what they said", where the name is someone the register
 * knows, or reads as a name and a verb of speech follows ("explained", "said").
 */
export function parseSpeakerLine(context: ImportContext, index: number): SpeakerLine | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'text') return undefined
  const dashed = dashedTurn(context, line.text)
  if (dashed) return dashed
  const match = pattern.exec(line.text)
  const written = match?.[2]?.trim() ?? ''
  const rest = match?.[3] ?? ''
  if (!match || isLabel(written)) return undefined
  const firstWord = /^\p{Ll}+/u.exec(plainText(rest).trimStart())?.[0] ?? ''
  const isSpeech = speechVerbs.has(firstWord)
  const mention = parsePersonMention(written)
  // "Chair: welcomed …" names a role: binding it to the holder would drop the word "Chair".
  if (isRoleName(written.replace(/^the\s+/i, '')) || !isPersonName(mention.name)) return undefined
  const person = context.people.find(mention)
  return person || (isSpeech && rest !== '') ? { mention, person, rest } : undefined
}

/** "Name – text", where the name is someone the register already knows: a dash is no sign of speech on its own. */
function dashedTurn(context: ImportContext, text: string): SpeakerLine | undefined {
  const match = dashPattern.exec(text)
  const written = match?.[1]?.trim() ?? ''
  if (!match || isLabel(written) || isRoleName(written)) return undefined
  const mention = parsePersonMention(written)
  const person = context.people.find(mention)
  return person ? { mention, person, rest: match[2] ?? '' } : undefined
}
