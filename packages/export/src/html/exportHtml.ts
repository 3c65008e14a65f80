import type { WorkflowStatus } from '@minutes/permissions'
import { isSafeHref } from '@minutes/schema'
import type { MinutesExport } from '../MinutesExport'
import { buildRenderModel } from '../model/buildRenderModel'
import type { Block, HeadingLevel, Inline, RenderModel, TableCell } from '../model/RenderModel'
import { withLead } from '../model/withLead'
import { attributes, html, type SafeHtml, trustedHtml } from './html'

/** Dark text on a pale ground, each pair above WCAG AA (4.5:1); the badge also says the status. */
export const statusBadgeColours: Record<WorkflowStatus, { text: string; background: string }> = {
  draft: { text: '#6b4500', background: '#fff1c2' },
  circulated: { text: '#0b4a8b', background: '#dceeff' },
  approved: { text: '#1b5e20', background: '#e1f3e3' },
  published: { text: '#4a2a8a', background: '#ece4fa' },
}

/** One standalone, accessible page: the published minutes on screen and on paper. */
export function exportHtml(minutes: MinutesExport): string {
  const model = buildRenderModel(minutes)
  return `${html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Minutes">
<title>${model.title}</title>
<style>
${trustedHtml(stylesheet(model))}
</style>
</head>
<body>
${model.isDraft && html`<div class="watermark" aria-hidden="true">DRAFT</div>\n`}<header class="running-header">
<span class="group-name">${model.groupName}</span>${model.meetingDate && html`\n<span class="meeting-date">${model.meetingDate}</span>`}
<span class="document-status">Status: <strong class="badge badge-${model.status}">${model.statusLabel}</strong></span>${model.signOffs.map((line) => html`\n<span class="sign-off">${line}.</span>`)}
</header>
<main>
${renderBlocks(model.blocks)}${model.footnotes.length > 0 && html`\n${renderFootnotes(model.footnotes)}`}
</main>
<footer class="page-footer">
<p>${model.statusLabel} minutes, exported on ${formatExportDate(model)}.</p>
</footer>
</body>
</html>`}\n`
}

function renderBlock(block: Block): SafeHtml {
  switch (block.type) {
    case 'heading':
      return heading(block.level, renderInlines(block.content))
    case 'paragraph':
      return html`<p>${renderInlines(block.content)}</p>`
    case 'list': {
      const items = lines(block.items.map((item) => html`<li>${renderBlocks(item)}</li>`))
      if (!block.ordered) return html`<ul>\n${items}\n</ul>`
      return html`<ol${attributes({ start: block.start === 1 ? null : block.start })}>\n${items}\n</ol>`
    }
    case 'quote':
      return html`<blockquote>\n${renderBlocks(block.blocks)}\n</blockquote>`
    case 'code':
      return html`<pre><code>${block.text}</code></pre>`
    case 'rule':
      return html`<hr>`
    case 'table':
      return html`<table>\n${lines(block.rows.map(renderRow))}\n</table>`
    case 'meetingHeader': {
      const officers = block.officers.map(
        (line) =>
          html`<p class="officer"><span class="label">${line.label}:</span> ${line.people
            .map((person) => person.name)
            .join(', ')}</p>`,
      )
      return html`<header class="meeting-header">\n${heading(block.level, block.bodyName)}\n${lines(officers)}\n</header>`
    }
    case 'meetingDetails':
      return html`<div class="meeting-details">\n${lines(
        block.lines.map((line) => html`<p>${line}</p>`),
      )}\n</div>`
    case 'attendance': {
      const lists = block.lists.map(
        (list) =>
          html`${heading(list.level, list.label)}\n<ul class="people">${list.people.map(
            (person) => html`<li>${person.described}</li>`,
          )}</ul>${list.note && html`\n<p class="attendance-note">${list.note}</p>`}`,
      )
      return section('attendance', block.level, block.heading, lines(lists))
    }
    case 'speakerSection':
      return section(
        'speaker-section',
        block.level,
        block.speaker.described,
        renderBlocks(block.blocks),
      )
    case 'recommendation':
      return html`<div class="recommendation status-${block.status}">\n${renderBlocks(withLead(block.lead, block.blocks))}\n</div>`
    case 'decision':
      return html`<div class="decision">\n${renderBlocks(withLead(block.lead, block.blocks))}\n</div>`
    case 'actionItem':
      return html`<div class="action-item status-${block.status}">\n${renderBlocks(withLead(block.lead, block.blocks, block.trail))}\n</div>`
    case 'questionAnswer': {
      const answers = block.answers.map(
        (answer) =>
          html`<div class="answer">\n${renderBlocks(withLead(answer.lead, answer.blocks))}\n</div>`,
      )
      return html`<div class="question-answer">\n<div class="question">\n${renderBlocks(withLead(block.lead, block.question))}\n</div>\n${lines(answers)}\n</div>`
    }
    case 'chairSummary':
      return section(
        'chair-summary',
        block.level,
        block.heading,
        renderBlocks(withLead(block.lead, block.blocks)),
      )
  }
}

function renderRow(row: TableCell[]): SafeHtml {
  const cells = row.map((cell) => {
    const spans = attributes({
      colspan: cell.colspan > 1 ? cell.colspan : null,
      rowspan: cell.rowspan > 1 ? cell.rowspan : null,
    })
    return cell.isHeader
      ? html`<th scope="col"${spans}>${renderBlocks(cell.blocks)}</th>`
      : html`<td${spans}>${renderBlocks(cell.blocks)}</td>`
  })
  return html`<tr>${cells}</tr>`
}

function renderBlocks(blocks: Block[]): SafeHtml {
  return lines(blocks.map(renderBlock))
}

/** Markup one piece to a line, as the page is read when its source is opened. */
function lines(pieces: SafeHtml[]): SafeHtml {
  return html`${pieces.flatMap((piece, index) => (index === 0 ? [piece] : [html`\n`, piece]))}`
}

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** The tag is chosen from a fixed list: a level is never written into markup. */
function heading(level: HeadingLevel, content: SafeHtml | string): SafeHtml {
  const tag = headingTags[Math.min(Math.max(Math.trunc(level), 1), 6) - 1] ?? 'h6'
  return html`${trustedHtml(`<${tag}>`)}${content}${trustedHtml(`</${tag}>`)}`
}

/** Left unnamed, so it is no landmark: a long meeting would otherwise list dozens; headings lead. */
function section(className: string, level: HeadingLevel, title: string, inner: SafeHtml): SafeHtml {
  return html`<section class="${className}">\n${heading(level, title)}\n${inner}\n</section>`
}

function renderInlines(inlines: Inline[]): SafeHtml {
  return html`${inlines.map((inline) => {
    if (inline.type === 'break') return html`<br>`
    if (inline.type === 'footnote') {
      return html`<sup class="footnote-ref"><a href="#footnote-${inline.number}" id="footnote-ref-${inline.number}">${inline.number}</a></sup>`
    }
    let markup = html`${inline.text}`
    if (inline.marks.code) markup = html`<code>${markup}</code>`
    if (inline.marks.strike) markup = html`<s>${markup}</s>`
    if (inline.marks.underline) markup = html`<u>${markup}</u>`
    if (inline.marks.italic) markup = html`<em>${markup}</em>`
    if (inline.marks.bold) markup = html`<strong>${markup}</strong>`
    return isSafeHref(inline.href) ? html`<a href="${inline.href}">${markup}</a>` : markup
  })}`
}

/** The footnotes as notes at the end, each linked back to its place. */
function renderFootnotes(footnotes: string[]): SafeHtml {
  return html`<section class="footnotes" aria-label="Notes">
<h2>Notes</h2>
<ol>${footnotes.map((text, index) => html`\n<li id="footnote-${index + 1}">${text} <a href="#footnote-ref-${index + 1}" aria-label="Back to the text">↩</a></li>`)}
</ol>
</section>`
}

function formatExportDate(model: RenderModel): string {
  return model.exportedAt.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

function stylesheet(model: RenderModel): string {
  const badges = Object.entries(statusBadgeColours)
    .map(
      ([status, { text, background }]) =>
        `.badge-${status} { color: ${text}; background-color: ${background}; }`,
    )
    .join('\n')
  return `:root { color-scheme: light; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  color: #1b1b1b;
  background-color: #ffffff;
}
.running-header, main, .page-footer { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
.running-header {
  display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline;
  padding-top: 1rem; padding-bottom: 0.75rem; border-bottom: 1px solid #c8c8c8;
  font-size: 0.875rem; color: #404040;
}
.document-status { margin-left: auto; }
.sign-off { flex-basis: 100%; }
.badge {
  display: inline-block; padding: 0.05rem 0.5rem; border: 1px solid currentColor;
  border-radius: 0.25rem; font-weight: 700; letter-spacing: 0.02em;
}
${badges}
main { padding-top: 1.5rem; padding-bottom: 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.75rem 0 0.5rem; }
h1 { font-size: 1.75rem; margin-top: 0; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #e0e0e0; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; }
h4, h5, h6 { font-size: 1rem; }
p { margin: 0 0 0.75rem; }
ul, ol { margin: 0 0 0.75rem; padding-left: 1.5rem; }
li > p { margin-bottom: 0.25rem; }
a { color: #0b4a8b; }
.meeting-header .label { font-weight: 700; }
.officer { margin-bottom: 0.25rem; }
.meeting-details { margin: 1rem 0; }
.meeting-details p { margin: 0; }
.people { list-style: none; padding-left: 0; }
.people li { display: inline; }
.people li:not(:last-child)::after { content: ", "; }
.attendance-note { margin-top: -0.5rem; }
table { border-collapse: collapse; margin: 0 0 0.75rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background-color: #f6f6f6; }
th > :last-child, td > :last-child { margin-bottom: 0; }
.attendance h3 { font-size: 1rem; margin: 0.75rem 0 0.15rem; }
.recommendation, .decision, .action-item {
  margin: 1rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid #4a4a4a; background-color: #f6f6f6;
}
.recommendation > :last-child, .decision > :last-child, .action-item > :last-child { margin-bottom: 0; }
.question-answer { margin: 1rem 0; }
.answer { margin-left: 1.5rem; }
blockquote { margin: 0 0 0.75rem; padding-left: 1rem; border-left: 3px solid #c8c8c8; }
pre { white-space: pre-wrap; background-color: #f6f6f6; padding: 0.5rem; }
.page-footer { border-top: 1px solid #c8c8c8; padding-top: 0.75rem; padding-bottom: 2rem; font-size: 0.875rem; color: #404040; }
.watermark { display: none; }
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { font-size: 11pt; }
  .running-header, main, .page-footer { max-width: none; padding-left: 0; padding-right: 0; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, p, li, blockquote, pre, .officer, .meeting-details, .recommendation, .decision, .action-item,
  .question, .answer { break-inside: avoid; page-break-inside: avoid; }
  .recommendation, .decision, .action-item { background-color: transparent; }
${
  model.isDraft
    ? `  .watermark {
    display: block; position: fixed; top: 45%; left: 0; right: 0; z-index: -1;
    text-align: center; font-size: 110pt; font-weight: 700; color: #ececec;
    transform: rotate(-40deg);
  }`
    : ''
}
}`
}
