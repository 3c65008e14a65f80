/** Schemes a link may use: web pages and e-mail. */
export const safeLinkSchemes = ['http', 'https', 'mailto'] as const

/** Long enough for any honest link, shared-drive links included. */
export const maxHrefLength = 4096

const safeSchemes: ReadonlySet<string> = new Set(safeLinkSchemes)

/** No honest link holds control characters; browsers drop some of them inside a scheme ("java\tscript:"). */
const controlCharacter = /\p{Cc}/u
/** Removed before the scheme is read: spaces anywhere, and the invisible characters that hide in pasted text. */
const invisible = /[\s\u00ad\u180e\u200b-\u200f\u2060\ufeff]/g

/**
 * Whether a link may point at `href`: an http, https or mailto URL, or a relative link
 * ("minutes.pdf", "/p/abc", "?page=2", "#item-3") that resolves against wherever the minutes are
 * shown and so can never change the scheme. The one rule for the editor, the server and every
 * export. Relative links refused: scheme-relative ones ("//host", "\\host"), which from an
 * exported file on disk open `file://host` (a network share), and any whose first segment holds
 * ":" or "&", which a Markdown reader or an HTML attribute could decode into a scheme
 * ("&#106;avascript:").
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > maxHrefLength) return false
  if (controlCharacter.test(href)) return false
  const visible = href.replace(invisible, '')
  if (visible === '') return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]
  if (scheme !== undefined) return safeSchemes.has(scheme.toLowerCase())
  if (visible.includes('\\') || visible.startsWith('//')) return false
  const firstSegment = /^[^/?#]*/.exec(visible)?.[0] ?? ''
  return !/[:&]/.test(firstSegment)
}
