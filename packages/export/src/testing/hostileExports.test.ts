// @vitest-environment happy-dom
import { checkAttributeValue, checkMarkValue, isSafeHref } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../docx/exportDocx'
import { exportHtml } from '../html/exportHtml'
import { exportJson, type MinutesJson } from '../json/exportJson'
import { exportMarkdown } from '../markdown/exportMarkdown'
import { exportPdf } from '../pdf/exportPdf'
import { hostileMinutes } from './hostileMinutes'

/** Every element and attribute the HTML export writes; anything else was injected. */
const allowedAttributes: Record<string, readonly string[]> = {
  html: ['lang'],
  meta: ['charset', 'name', 'content'],
  a: ['href'],
  ol: ['start'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  div: ['class', 'aria-hidden'],
  ...Object.fromEntries(
    [
      'head',
      'title',
      'style',
      'body',
      'main',
      'footer',
      'header',
      'section',
      'span',
      'strong',
      'p',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'ul',
      'li',
      'blockquote',
      'pre',
      'code',
      'hr',
      'table',
      'tbody',
      'tr',
      'br',
      'em',
      'u',
      's',
    ].map((tag) => [tag, ['class']]),
  ),
}

describe('every export of minutes with a hostile value in every attribute', () => {
  it('HTML: no element or attribute the export did not write, and no unsafe link', () => {
    const markup = exportHtml(hostileMinutes())
    const parsed = new DOMParser().parseFromString(markup, 'text/html')
    for (const element of parsed.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      expect(Object.keys(allowedAttributes), tag).toContain(tag)
      for (const name of element.getAttributeNames()) {
        expect(allowedAttributes[tag], `${tag}[${name}]`).toContain(name)
      }
      expect(element.getAttribute('class') ?? '', tag).toMatch(/^[a-z -]*$/)
      if (tag === 'a') expect(isSafeHref(element.getAttribute('href'))).toBe(true)
    }
    expect(parsed.querySelectorAll('meta[http-equiv], script, img')).toHaveLength(0)
    expect(parsed.body.textContent).toContain('<script>alert(1)</script>')
  })

  it('Markdown: no raw HTML and no link', () => {
    const markdown = exportMarkdown(hostileMinutes())
    // Code blocks are literal text; table cells keep their lines apart with <br>, the one tag
    // the export writes.
    const markup = markdown.replace(/^```\n[\s\S]*?\n```$/gm, '').replaceAll('<br>', '')
    expect(markup).not.toMatch(/(^|[^\\])<[A-Za-z/!?]/m)
    const destinations = [...markup.matchAll(/(?:^|[^\\])\]\(([^)]*)\)/gm)].map(([, href]) => href)
    // The agenda item's reference keeps its safe link; its label is escaped text.
    expect(destinations).toEqual([
      'https://example.org/issues/1',
      'https://example.org/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E',
    ])
    expect(markdown).toContain('\\<script>alert(1)\\</script>')
  })

  it('DOCX: only the XML the export writes, and no unsafe link target', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(hostileMinutes()))
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    for (const [tag] of documentXml.matchAll(/<[^>]*>/g)) {
      expect(tag).toMatch(
        /^<(\?xml[^<>]*\?|\/?[a-z0-9]+:[A-Za-z0-9]+(\s+[\w:.-]+="[^"<>]*")*\s*\/?)>$/,
      )
    }
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const relationships = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
    const targets = [
      ...relationships.matchAll(/<Relationship [^>]*TargetMode="External"[^>]*>/g),
    ].map(([relationship]) => /Target="([^"]*)"/.exec(relationship)?.[1])
    expect(targets).toEqual([
      'https://example.org/issues/1',
      'https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ])
    expect(relationships).not.toMatch(/javascript|ftp:|evil\.example/i)
  })

  it('PDF: no link to an unsafe target and no script', async () => {
    // Page content is compressed; links and actions are objects outside the streams.
    const pdf = (await exportPdf(hostileMinutes()))
      .toString('latin1')
      .replace(/\bstream\r?\n[\s\S]*?\bendstream/g, '')
    const uris = [...pdf.matchAll(/\/URI \(/g)].map((match) => pdf.slice(match.index + 6))
    for (const uri of uris) {
      expect(uri).toMatch(/^https:\/\/example\.org\/(?:"><script>|issues\/1\))/)
    }
    expect(pdf).not.toMatch(/\/JavaScript|\/JS\b|\/Launch/)
  })

  it('JSON: every attribute passes its check, unsafe links are gone', () => {
    const { content } = JSON.parse(exportJson(hostileMinutes())) as MinutesJson
    const visit = (node: JSONContent) => {
      for (const [name, value] of Object.entries(node.attrs ?? {})) {
        expect(
          checkAttributeValue(node.type ?? '', name, value),
          `${node.type}.${name}`,
        ).toBeUndefined()
      }
      for (const mark of node.marks ?? [])
        expect(checkMarkValue(mark.type, mark.attrs ?? {})).toBeUndefined()
      node.content?.forEach(visit)
    }
    visit(content)
    const hrefs = [...JSON.stringify(content).matchAll(/"href":"((?:[^"\\]|\\.)*)"/g)].map(
      ([, href]) => href,
    )
    expect(hrefs).toEqual(['https://example.org/\\"><script>alert(1)</script>'])
  })
})
