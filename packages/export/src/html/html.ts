let safeHtml: (markup: string) => SafeHtml

/** Markup `html` built: `html` inserts it as it is, and escapes everything else. */
export class SafeHtml {
  readonly #markup: string
  private constructor(markup: string) {
    this.#markup = markup
  }
  static {
    safeHtml = (markup) => new SafeHtml(markup)
  }
  toString(): string {
    return this.#markup
  }
}

/** Attributes for a place inside a tag, each value escaped and quoted. */
export class HtmlAttributes {
  readonly #markup: string
  constructor(values: Readonly<Record<string, string | number | boolean | null | undefined>>) {
    this.#markup = Object.entries(values)
      .filter(([, value]) => value !== false && value !== null && value !== undefined)
      .map(([name, value]) => {
        if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`"${name}" is no attribute name.`)
        return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
      })
      .join('')
  }
  toString(): string {
    return this.#markup
  }
}

export function attributes(
  values: Readonly<Record<string, string | number | boolean | null | undefined>>,
): HtmlAttributes {
  return new HtmlAttributes(values)
}

export type HtmlValue =
  | SafeHtml
  | HtmlAttributes
  | string
  | number
  | false
  | null
  | undefined
  | readonly HtmlValue[]

type Place = 'text' | 'tag' | 'quoted'

/**
 * Markup from a template in which every value is escaped unless it is markup `html` built:
 * a value from the minutes can never become an element or an attribute. Values may stand in
 * text or inside a double-quoted attribute value; inside a tag only `attributes(...)` may, so
 * an unquoted value (`<h${level}>`, `<td ${spans}>`) throws instead of trusting its type.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? ''
  let place = placeAfter('text', markup)
  values.forEach((value, index) => {
    markup += insert(value, place)
    const next = strings[index + 1] ?? ''
    markup += next
    place = placeAfter(place, next)
  })
  return safeHtml(markup)
}

/** Markup written in this module itself (the stylesheet), never a value from the minutes. */
export function trustedHtml(markup: string): SafeHtml {
  return safeHtml(markup)
}

function insert(value: HtmlValue, place: Place): string {
  if (value === false || value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((each: HtmlValue) => insert(each, place)).join('')
  if (place === 'tag') {
    if (value instanceof HtmlAttributes) return value.toString()
    throw new Error('Inside a tag only attributes(...) may be inserted.')
  }
  if (value instanceof HtmlAttributes) throw new Error('attributes(...) belong inside a tag.')
  if (value instanceof SafeHtml) {
    if (place === 'quoted') throw new Error('Markup cannot stand in an attribute value.')
    return value.toString()
  }
  return escapeHtml(String(value))
}

/** Where the template stands after `chunk`: in text, inside a tag, or in a quoted value. */
function placeAfter(start: Place, chunk: string): Place {
  let place = start
  for (const character of chunk) {
    if (place === 'text' && character === '<') place = 'tag'
    else if (place === 'tag' && character === '>') place = 'text'
    else if (place === 'tag' && character === '"') place = 'quoted'
    else if (place === 'quoted' && character === '"') place = 'tag'
    else if (place === 'tag' && character === "'") {
      throw new Error('Quote attribute values with double quotes.')
    }
  }
  return place
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character)
}
