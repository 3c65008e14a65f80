export interface HtmlElement {
  tag: string
  attributes: Record<string, string>
  children: HtmlNode[]
}

export type HtmlNode = HtmlElement | string

const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g
const attribute = /([a-zA-Z-]+)(?:="([^"]*)")?/g
const voidTags = new Set(['br', 'img', 'hr'])
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * The HTML mammoth writes, as a tree. Mammoth's HTML is well formed, escaped and free of
 * comments and scripts, so a small reader suffices: it needs no DOM, which the importer may
 * not use. A stray closing tag is ignored; an unclosed element ends with its parent.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] }
  const open: HtmlElement[] = [root]
  for (const [, closing, name = '', attributeText = '', selfClosing, text] of html.matchAll(
    token,
  )) {
    const parent = open.at(-1) ?? root
    if (text !== undefined) {
      parent.children.push(decodeEntities(text))
      continue
    }
    const tag = name.toLowerCase()
    if (closing) {
      const at = open.findLastIndex((element) => element.tag === tag)
      if (at > 0) open.length = at
      continue
    }
    const attributes: Record<string, string> = {}
    for (const [, key = '', value = ''] of attributeText.matchAll(attribute)) {
      attributes[key.toLowerCase()] = decodeEntities(value)
    }
    const element: HtmlElement = { tag, attributes, children: [] }
    parent.children.push(element)
    if (!selfClosing && !voidTags.has(tag)) open.push(element)
  }
  return root
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return entities[name.toLowerCase()] ?? whole
  })
}
