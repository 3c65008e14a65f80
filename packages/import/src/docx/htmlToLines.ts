import type { LineShape } from '../lines/shapeOf'
import { shapeOf } from '../lines/shapeOf'
import type { Line } from '../lines/splitLines'
import type { HtmlElement, HtmlNode } from './parseHtml'

interface Run {
  text: string
  bold: boolean
  italic: boolean
  strike: boolean
}
type Inline = Run | 'break'
type Marks = Omit<Run, 'text'>

const plain: Marks = { bold: false, italic: false, strike: false }
const footnoteId = /^(?:foot|end)note-\d+$/
const footnoteReference = /^#((?:foot|end)note-\d+)$/
const backLink = /^#(?:foot|end)note-ref-\d+$/

/**
 * A Word document, as mammoth's HTML, in the importer's line model: one line per paragraph,
 * heading, list item or table row, numbered in document order. Headings keep their level,
 * list items their nesting, tables become pipe tables (a merged cell's text in its first
 * place), bold, italic and struck-out text become Markdown marks, a line break ends a line
 * with `\`, and a footnote's text follows the paragraph that refers to it, in brackets.
 */
export function htmlToLines(root: HtmlElement): Line[] {
  const writer = new LineWriter(collectFootnotes(root))
  writer.blocks(root.children, 0)
  return writer.lines
}

class LineWriter {
  readonly lines: Line[] = []
  private number = 0
  private pendingNotes: string[] = []

  constructor(private readonly footnotes: ReadonlyMap<string, Inline[]>) {}

  blocks(nodes: HtmlNode[], depth: number): void {
    for (const node of nodes) {
      if (typeof node === 'string') {
        if (node.trim() !== '') this.paragraph([node])
        continue
      }
      const level = /^h([1-6])$/.exec(node.tag)?.[1]
      if (level) this.heading(Number(level), node.children)
      else if (node.tag === 'p' || node.tag === 'li') this.paragraph(node.children)
      else if (node.tag === 'ul' || node.tag === 'ol') {
        if (!isFootnoteList(node)) this.list(node, depth)
      } else if (node.tag === 'table') this.table(node)
      else if (node.tag === 'blockquote') this.quote(node)
      else this.blocks(node.children, depth)
    }
  }

  private push(text: string, shape: LineShape, indent = 0, sameNumber = false): void {
    if (!sameNumber) this.number++
    this.lines.push({ number: this.number, text, indent, shape })
  }

  private heading(level: number, children: HtmlNode[]): void {
    const text = serialise(this.inline(children)).replace(/\\\n/g, ' ')
    if (text !== '') this.push(text, { kind: 'heading', level, text })
    this.notes()
  }

  private paragraph(children: HtmlNode[]): void {
    const text = serialise(this.inline(children))
    if (text.trim() !== '') {
      const [first = '', ...rest] = text.split('\n')
      const shape = shapeOf(first, 'text')
      // A typed "1." or "-" opens a list item, which holds no line breaks.
      if (shape.kind !== 'text') {
        const whole = text.replace(/\\\n/g, ' ')
        this.push(whole, shapeOf(whole, 'text'))
      } else {
        this.push(first, shape)
        for (const line of rest) this.push(line, { kind: 'text' }, 0, true)
      }
    }
    this.notes()
  }

  private list(list: HtmlElement, depth: number): void {
    const ordered = list.tag === 'ol'
    let number = Number(list.attributes.start ?? 1) || 1
    for (const item of list.children) {
      if (typeof item === 'string' || item.tag !== 'li') continue
      const nested = item.children.filter(isList)
      const own = item.children.filter((child) => !isList(child))
      const text = serialise(this.inline(own)).replace(/\\\n/g, ' ')
      this.push(text, { kind: 'listItem', ordered, number, text }, depth * 2)
      this.notes()
      number++
      for (const child of nested) this.list(child as HtmlElement, depth + 1)
    }
  }

  private table(table: HtmlElement): void {
    const grid = tableGrid(rowsOf(table)).map((row) =>
      row.map((cell) => (cell ? this.cellText(cell) : '')),
    )
    const [header, ...body] = grid
    if (!header) return
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`
    this.push(line(header), { kind: 'text' })
    this.push(line(header.map(() => '---')), { kind: 'text' }, 0, true)
    for (const row of body) this.push(line(row), { kind: 'text' })
    // A table ends at a blank line, so that a table right after it is a table of its own.
    this.push('', { kind: 'blank' }, 0, true)
    this.notes()
  }

  /** A cell's paragraphs and list items on one line, apart by `<br>`; its pipes escaped. */
  private cellText(cell: HtmlElement): string {
    const pieces: string[] = []
    const walk = (nodes: HtmlNode[], marker = '') => {
      const loose: HtmlNode[] = []
      const flush = () => {
        const text = serialise(this.inline(loose.splice(0)))
        if (text.trim() !== '') pieces.push(marker + text)
      }
      for (const node of nodes) {
        if (typeof node === 'string' || !isBlock(node)) {
          loose.push(node)
          continue
        }
        flush()
        if (node.tag === 'ul' || node.tag === 'ol') {
          node.children.forEach((item, index) => {
            if (typeof item !== 'string')
              walk(item.children, node.tag === 'ol' ? `${index + 1}. ` : '- ')
          })
        } else walk(node.children, marker)
      }
      flush()
    }
    walk(cell.children)
    return pieces.join('<br>').replace(/\\\n/g, '<br>')
  }

  private quote(quote: HtmlElement): void {
    let first = true
    for (const child of quote.children) {
      const text = serialise(this.inline(typeof child === 'string' ? [child] : child.children))
      if (text.trim() === '') continue
      if (!first) this.push('', { kind: 'quote', text: '' }, 0, true)
      this.push(`> ${text}`, { kind: 'quote', text: text.replace(/\\\n/g, ' ') })
      first = false
    }
    this.notes()
  }

  /** Footnotes referred to by the block just written, each as a line of its own. */
  private notes(): void {
    for (const note of this.pendingNotes.splice(0)) {
      const text = `(${note})`
      this.push(text, { kind: 'text' }, 0, true)
    }
  }

  private inline(nodes: HtmlNode[]): Inline[] {
    return inlineOf(nodes, plain, (id) => {
      const note = this.footnotes.get(id)
      if (note) this.pendingNotes.push(serialise(note).replace(/\\\n/g, ' '))
    })
  }
}

/** Text runs with their marks; `onNote` hears of each footnote referred to. */
function inlineOf(nodes: HtmlNode[], marks: Marks, onNote?: (id: string) => void): Inline[] {
  const runs: Inline[] = []
  for (const node of nodes) {
    if (typeof node === 'string') {
      runs.push({ text: node, ...marks })
      continue
    }
    const href = node.attributes.href ?? ''
    // The reference "[1]" and the note's "↑" back-link are Word's furniture, not words.
    if (node.tag === 'a' && backLink.test(href)) continue
    const note = node.tag === 'a' ? footnoteReference.exec(href)?.[1] : undefined
    if (note) {
      onNote?.(note)
      continue
    }
    if (node.tag === 'br') runs.push('break')
    else if (node.tag === 'img') continue
    else if (isBlock(node))
      runs.push({ text: ' ', ...marks }, ...inlineOf(node.children, marks, onNote))
    else runs.push(...inlineOf(node.children, { ...marks, ...markOf(node.tag) }, onNote))
  }
  return runs
}

function markOf(tag: string): Partial<Marks> {
  if (tag === 'strong' || tag === 'b') return { bold: true }
  if (tag === 'em' || tag === 'i') return { italic: true }
  if (tag === 's' || tag === 'del' || tag === 'strike') return { strike: true }
  return {}
}

function collectFootnotes(root: HtmlElement): Map<string, Inline[]> {
  const notes = new Map<string, Inline[]>()
  const visit = (node: HtmlNode) => {
    if (typeof node === 'string') return
    const id = node.attributes.id
    if (node.tag === 'li' && id && footnoteId.test(id)) {
      notes.set(id, inlineOf(node.children, plain))
      return
    }
    node.children.forEach(visit)
  }
  visit(root)
  return notes
}

const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
])

function isBlock(node: HtmlElement): boolean {
  return blockTags.has(node.tag)
}

function isList(node: HtmlNode): boolean {
  return typeof node !== 'string' && (node.tag === 'ul' || node.tag === 'ol')
}

function isFootnoteList(list: HtmlElement): boolean {
  return list.children.some(
    (item) => typeof item !== 'string' && footnoteId.test(item.attributes.id ?? ''),
  )
}

function rowsOf(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = []
  const visit = (node: HtmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue
      if (child.tag === 'tr') {
        rows.push(
          child.children.filter(
            (cell): cell is HtmlElement =>
              typeof cell !== 'string' && (cell.tag === 'td' || cell.tag === 'th'),
          ),
        )
      } else if (child.tag !== 'table') visit(child)
    }
  }
  visit(table)
  return rows
}

/** Cells at their places in a full grid; a place a merged cell covers is null. */
function tableGrid(rows: HtmlElement[][]): (HtmlElement | null)[][] {
  const grid: (HtmlElement | null)[][] = rows.map(() => [])
  rows.forEach((row, rowIndex) => {
    let column = 0
    for (const cell of row) {
      while (grid[rowIndex]?.[column] !== undefined) column++
      const colspan = Math.max(1, Number(cell.attributes.colspan ?? 1) || 1)
      const rowspan = Math.max(1, Number(cell.attributes.rowspan ?? 1) || 1)
      for (let down = 0; down < rowspan; down++) {
        const target = grid[rowIndex + down]
        if (!target) break
        for (let across = 0; across < colspan; across++) {
          target[column + across] = down === 0 && across === 0 ? cell : null
        }
      }
      column += colspan
    }
  })
  const width = Math.max(0, ...grid.map((row) => row.length))
  return grid.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? null))
}

/** Runs as inline Markdown: marks hug their text, a line break is `\` and a new line. */
function serialise(inlines: Inline[]): string {
  const merged: Inline[] = []
  for (const inline of inlines) {
    const last = merged.at(-1)
    if (inline !== 'break' && last && last !== 'break' && sameMarks(last, inline)) {
      merged[merged.length - 1] = { ...last, text: last.text + inline.text }
    } else merged.push(inline)
  }
  return merged
    .map((inline) => (inline === 'break' ? '\\\n' : marked(inline)))
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\\\n ?/g, '\\\n')
    .trim()
}

function sameMarks(first: Run, second: Run): boolean {
  return (
    first.bold === second.bold && first.italic === second.italic && first.strike === second.strike
  )
}

/** One run: bold, else italic, else struck out (the importer reads one mark per span). */
function marked(run: Run): string {
  const text = escapeMarkup(run.text)
  const delimiter = run.bold ? '**' : run.italic ? '*' : run.strike ? '~~' : ''
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)
  const [, before = '', inner = '', after = ''] = match ?? []
  return delimiter && inner ? `${before}${delimiter}${inner}${delimiter}${after}` : text
}

function escapeMarkup(text: string): string {
  return text
    .replace(/[\\*`~|]/g, (character) => `\\${character}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/<(?=br\b)/gi, '\\<')
}
