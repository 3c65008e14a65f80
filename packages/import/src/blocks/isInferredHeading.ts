import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { parseSpeakerLine } from '../speaker-section/parseSpeakerLine'

// "Action: …", "**Present:** …", "RESOLVED, That …": a line that opens with a short label.
const labelled = /^(?:\*\*|__)?\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,4}(?:\*\*|__)?\s*[:,]/u
// A line ending in one of these runs on into the next: "There was a meeting of the".
const runsOn = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
])

/**
 * Whether a plain-text line is a heading: short, capitalised, standing on its own line, without
 * closing punctuation ("Risk factors", "Key points:") and with something after it to head.
 */
export function isInferredHeading(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  if (line?.shape.kind !== 'text') return false
  const after = context.line(index + 1)
  const standsAlone =
    context.paragraphPerLine ||
    after === undefined ||
    after.shape.kind !== 'text' ||
    labelled.test(after.text) ||
    parseSpeakerLine(context, index + 1) !== undefined
  if (!standsAlone) return false
  const text = plainText(line.text)
  const words = text.split(/\s+/)
  if (text.length > 100 || words.length > 15 || !/^[\p{Lu}\p{N}]/u.test(text)) return false
  // A line ending in a backslash breaks a Markdown paragraph; it heads nothing.
  if (/[.,;!?\\]["'’”)]*$/.test(text) || (text.endsWith(':') && words.length > 4)) return false
  if (runsOn.has(words.at(-1)?.toLowerCase() ?? '')) return false
  return context.nextNonBlank(index + 1) < context.lines.length
}
