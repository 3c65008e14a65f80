import { isSafeHref } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { ImportFormat } from '../ImportResult'

type MarkName = 'bold' | 'italic' | 'code' | 'strike'

// Each span's content excludes its own delimiter, so a failed attempt stops at the next one
// and a long line with stray asterisks is still read in linear time.
const spans: { mark: MarkName; source: string }[] = [
  { mark: 'bold', source: String.raw`\*\*(?=[^\s*])([^*]*?[^\s*])\*\*` },
  {
    mark: 'bold',
    source: String.raw`(?<![\p{L}\p{N}_])__(?=[^\s_])([^_]*?[^\s_])__(?![\p{L}\p{N}_])`,
  },
  { mark: 'italic', source: String.raw`\*(?=[^\s*])([^*]*?[^\s*])\*` },
  {
    mark: 'italic',
    source: String.raw`(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])`,
  },
  { mark: 'code', source: '`([^`]+)`' },
  { mark: 'strike', source: String.raw`~~(?=[^\s~])([^~]*?[^\s~])~~` },
]
const pattern = new RegExp(spans.map(({ source }) => source).join('|'), 'gu')

// Markdown's backslash escapes ("\\*not italic\\*") stand in for their character while marks are
// read, as a private-use character that no minutes contain (lines that do are read unescaped).
const escapeSequence = /\\([!-/:-@[-`{-~])/g
const privateUse = /[\uE000-\uE07F]/g
const hide = (character: string) => String.fromCharCode(0xe000 + character.charCodeAt(0))
const reveal = (text: string) =>
  text.replace(privateUse, (character) => String.fromCharCode(character.charCodeAt(0) - 0xe000))

// `[words](target)` or `[words](<target> "title")`; the words hold no brackets, the target no
// spaces or brackets, so that a failed attempt ends at the next bracket (linear time).
const inlineLink = /\[([^[\]\n]+)\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"\n]*")?\s*\)/g

/**
 * Text nodes for one line of minutes, with `**bold**`, `*italic*`, `` `code` `` and `~~strike~~`
 * as marks; Markdown also reads backslash escapes and `[links](https://…)`. A link whose target
 * the minutes would refuse (`javascript:`, `data:`…) stays as the text it was, target and all.
 */
export function parseInline(raw: string, format: ImportFormat = 'text'): JSONContent[] {
  if (format !== 'markdown' || !raw.includes('](')) return parseMarks(raw, format)
  const nodes: JSONContent[] = []
  let last = 0
  for (const match of raw.matchAll(inlineLink)) {
    const [whole, words = '', target = ''] = match
    // An escaped bracket ("\\[not a link](…)") is text.
    if (!isSafeHref(target) || raw[match.index - 1] === '\\') continue
    nodes.push(...parseMarks(raw.slice(last, match.index), format))
    for (const node of parseMarks(words, format)) {
      nodes.push({
        ...node,
        marks: [...(node.marks ?? []), { type: 'link', attrs: { href: target } }],
      })
    }
    last = match.index + whole.length
  }
  nodes.push(...parseMarks(raw.slice(last), format))
  return nodes
}

function parseMarks(raw: string, format: ImportFormat): JSONContent[] {
  const escapes = format === 'markdown' && raw.includes('\\') && !privateUse.test(raw)
  // Most lines have no markers; recognisers ask for every line's plain text several times.
  if (!escapes && !/[*_`~]/.test(raw)) return raw === '' ? [] : [{ type: 'text', text: raw }]
  const line = escapes
    ? raw.replace(escapeSequence, (_, character: string) => hide(character))
    : raw
  const nodes: JSONContent[] = []
  const push = (text: string, mark?: MarkName) => {
    if (text === '') return
    const shown = escapes ? reveal(text) : text
    const previous = nodes.at(-1)
    if (!mark && previous && !previous.marks) previous.text = `${previous.text ?? ''}${shown}`
    else
      nodes.push(
        mark
          ? { type: 'text', text: shown, marks: [{ type: mark }] }
          : { type: 'text', text: shown },
      )
  }
  let last = 0
  for (const match of line.matchAll(pattern)) {
    push(line.slice(last, match.index))
    const group = match.findIndex((value, index) => index > 0 && value !== undefined)
    push(match[group] ?? '', spans[group - 1]?.mark)
    last = match.index + match[0].length
  }
  push(line.slice(last))
  return nodes
}
