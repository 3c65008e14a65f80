const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

/**
 * The link target when it is an absolute http, https or mailto URL, else undefined: content
 * that arrives through Yjs never passed the editor's link checks (CVE-2025-14284), so every
 * export decides again. Returns the URL as the URL parser normalised it.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return undefined
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined
}
