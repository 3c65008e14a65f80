import type { ImportFormat } from '../ImportResult'

export type LineShape =
  | { kind: 'blank' }
  | { kind: 'text' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'listItem'; ordered: boolean; number: number; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'rule' }

const rule = /^([-*_])(?:\s*\1){2,}$/
const bullet = /^[-*+•–]\s+(.*)$/
const ordered = /^(\d{1,3})[.)]\s+(.*)$/
const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/
const quote = /^>\s?(.*)$/

/** What a line is, judged from its text without indentation. */
export function shapeOf(text: string, format: ImportFormat): LineShape {
  if (text === '') return { kind: 'blank' }
  if (rule.test(text)) return { kind: 'rule' }
  const bulleted = bullet.exec(text)
  if (bulleted) return { kind: 'listItem', ordered: false, number: 1, text: bulleted[1] ?? '' }
  const numbered = ordered.exec(text)
  if (numbered) {
    return { kind: 'listItem', ordered: true, number: Number(numbered[1]), text: numbered[2] ?? '' }
  }
  // Plain text minutes use `#` and `>` as ordinary characters.
  if (format === 'markdown') {
    const titled = heading.exec(text)
    if (titled) return { kind: 'heading', level: titled[1]?.length ?? 1, text: titled[2] ?? '' }
    const quoted = quote.exec(text)
    if (quoted) return { kind: 'quote', text: quoted[1] ?? '' }
  }
  return { kind: 'text' }
}
