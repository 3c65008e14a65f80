import type { MinutesExport } from '../MinutesExport'
import { buildRenderModel } from '../model/buildRenderModel'
import type { Block, Inline, TableCell } from '../model/RenderModel'
import { tableGrid } from '../model/tableGrid'
import { withLead } from '../model/withLead'

/**
 * The minutes as Markdown that reads like printed minutes ("**Speakers:** A, B (Org)",
 * "**Name (Organisation):** …") and that `@minutes/import` reads back into the same structure.
 */
export function exportMarkdown(minutes: MinutesExport): string {
  const model = buildRenderModel(minutes)
  const signOffs = model.signOffs.map((line) => `_${escapeText(line)}._`)
  const notes = model.footnotes.map((text, index) => `[^${index + 1}]: ${escapeText(text)}`)
  const rendered = [...signOffs, ...renderBlocks(model.blocks, false)]
  if (notes.length > 0) rendered.push(notes.join('\n'))
  return `${rendered.join('\n\n')}\n`
}

/**
 * `isInSection`: inside a speaker's section, summary or answer, where a `#` heading would end
 * the section when read back; there a heading stands on a line of its own, as minutes write it.
 */
function renderBlocks(blocks: Block[], isInSection: boolean): string[] {
  const rendered: string[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type !== 'recommendation') {
      rendered.push(...renderBlock(block, isInSection))
      continue
    }
    // A run of recommendations is a list, each item with its own sub-items nested under it.
    const items: Block[][] = []
    for (let run = blocks[index]; run?.type === 'recommendation'; run = blocks[++index]) {
      items.push(withLead(run.lead, run.blocks))
    }
    index--
    rendered.push(renderList({ type: 'list', ordered: false, start: 1, items }, isInSection))
  }
  return rendered
}

function renderBlock(block: Block, isInSection: boolean): string[] {
  switch (block.type) {
    case 'heading':
      return isInSection
        ? [escapeLineStart(renderInlines(block.content))]
        : [`${'#'.repeat(block.sourceLevel)} ${renderInlines(block.content)}`]
    case 'paragraph':
      return [escapeLineStart(renderInlines(block.content))]
    case 'list':
      return [renderList(block, isInSection)]
    case 'quote':
      return [
        renderBlocks(block.blocks, isInSection)
          .join('\n\n')
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n'),
      ]
    case 'code': {
      const fence = '`'.repeat(Math.max(3, longestRun(block.text, '`') + 1))
      return [`${fence}\n${block.text}\n${fence}`]
    }
    case 'rule':
      return ['---']
    case 'table':
      return [renderTable(block.rows)]
    case 'meetingHeader':
      return [
        `${'#'.repeat(block.level)} ${escapeText(block.bodyName)}`,
        ...block.officers.map(
          (line) =>
            `**${escapeText(line.label)}:** ${escapeText(line.people.map((person) => person.name).join(', '))}`,
        ),
      ]
    case 'meetingDetails':
      return block.lines.map((line) =>
        escapeLineStart(escapeText(line === block.seriesTitle ? `${line}:` : line)),
      )
    case 'attendance':
      return block.lists.map(
        (list) =>
          `**${escapeText(list.label)}:** ${escapeText([...list.people.map((person) => person.described), ...(list.note ? [list.note] : [])].join(', '))}`,
      )
    case 'speakerSection':
      return renderBlocks(withLead(block.lead, block.blocks), true)
    case 'recommendation':
    case 'decision':
      return renderBlocks(withLead(block.lead, block.blocks), isInSection)
    case 'actionItem':
      return renderBlocks(withLead(block.lead, block.blocks, block.trail), isInSection)
    case 'questionAnswer': {
      // As minutes list questions from the floor: a bullet, or "Name: asked …" when named.
      const question = block.asker
        ? renderBlocks(withLead(`${block.asker.described}:`, block.question), true)
        : [renderList({ type: 'list', ordered: false, start: 1, items: [block.question] }, true)]
      return [
        ...question,
        ...block.answers.flatMap((answer) =>
          renderBlocks(withLead(answer.lead, answer.blocks), true),
        ),
      ]
    }
    case 'chairSummary':
      return [
        ...(block.label ? [`${'#'.repeat(block.level)} ${escapeText(block.label)}`] : []),
        ...renderBlocks(withLead(block.lead, block.blocks), true),
      ]
  }
}

function renderList(list: Extract<Block, { type: 'list' }>, isInSection: boolean): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${list.start + index}. ` : '- '
      const continuation = ' '.repeat(marker.length)
      // A nested list follows its item's text directly, so the list stays tight.
      const body = item
        .map((block, blockIndex) => {
          const text =
            block.type === 'paragraph'
              ? renderInlines(block.content)
              : renderBlock(block, isInSection).join('\n\n')
          return blockIndex === 0 ? text : `${block.type === 'list' ? '\n' : '\n\n'}${text}`
        })
        .join('')
        .split('\n')
        .map((line, lineIndex) => (lineIndex === 0 || line === '' ? line : continuation + line))
        .join('\n')
      return marker + body
    })
    .join('\n')
}

/** A pipe table; a cell's paragraphs and lines are kept apart by `<br>`, its pipes escaped. */
function renderTable(rows: TableCell[][]): string {
  const grid = tableGrid(rows)
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const text = (cell: TableCell | null) =>
    cell
      ? renderBlocks(cell.blocks, true)
          .join('<br>')
          .replace(/\\\n|\n+/g, '<br>')
          .replace(/\|/g, '\\|')
      : ''
  const [head = [], ...body] = grid
  return [
    line(head.map(text)),
    line(head.map(() => '---')),
    ...body.map((row) => line(row.map(text))),
  ].join('\n')
}

function renderInlines(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'break') return '\\\n'
      if (inline.type === 'footnote') return `[^${inline.number}]`
      const { marks } = inline
      if (marks.code) return wrap(inline.text, '`'.repeat(longestRun(inline.text, '`') + 1))
      let text = escapeText(inline.text)
      if (marks.strike) text = wrap(text, '~~')
      if (marks.italic) text = wrap(text, '*')
      if (marks.bold) text = wrap(text, '**')
      return inline.href ? `[${text}](${linkDestination(inline.href)})` : text
    })
    .join('')
}

/**
 * A link target Markdown reads back as it is: what could end the destination, start a title
 * or open a tag or entity is percent-encoded, as a browser would send it anyway.
 */
function linkDestination(href: string): string {
  return href.replace(/[()\s<>"'`\\&]/gu, (character) =>
    Array.from(
      new TextEncoder().encode(character),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  )
}

/** Delimiters hug the text: spaces at either end stay outside, where Markdown wants them. */
function wrap(text: string, delimiter: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)
  const [, before = '', inner = '', after = ''] = match ?? []
  return inner === '' ? text : `${before}${delimiter}${inner}${delimiter}${after}`
}

/**
 * Escapes what Markdown would read as markup: emphasis and code markers, link brackets, and a
 * `<` that could open an HTML tag (so `<script>` in the minutes is text in any renderer).
 */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*[\]]|~~/g, (markup) => `\\${markup}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
}

/** A paragraph must not open like a heading, quote, list item or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#>+=-]|\d+(?=[.)]\s))/, '\\$1')
}

function longestRun(text: string, character: string): number {
  let longest = 0
  let current = 0
  for (const each of text) {
    current = each === character ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  return longest
}
