/** `name=value` pairs after the disposition type; a quoted value may hold `;` and `\"`. */
const parameterPattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g

/**
 * The file name a `Content-Disposition` header gives (RFC 6266): `filename*` (RFC 8187, the exact
 * name in UTF-8) when it can be read, else `filename`. Only the last path segment counts.
 */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined
  const parameters = new Map<string, string>()
  for (const [, name = '', value = ''] of header.matchAll(parameterPattern)) {
    const key = name.toLowerCase()
    if (!parameters.has(key)) parameters.set(key, value.trim())
  }
  const extended = parameters.get('filename*')
  const plain = parameters.get('filename')
  return (
    usable(extended === undefined ? undefined : decodeExtended(extended)) ??
    usable(plain === undefined ? undefined : unquote(plain))
  )
}

function decodeExtended(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(unquote(value))
  if (!match) return undefined
  const [, charset = '', encoded = ''] = match
  try {
    if (charset.toLowerCase() === 'utf-8') return decodeURIComponent(encoded)
    if (charset.toLowerCase() === 'iso-8859-1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    }
  } catch {
    // Malformed percent-encoding: the plain `filename` is the fallback RFC 6266 asks for.
  }
  return undefined
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2
    ? value.slice(1, -1).replace(/\\(.)/g, '$1')
    : value
}

/** A name to save under, never a path: browsers would mangle one anyway. */
function usable(name: string | undefined): string | undefined {
  const base = name?.split(/[/\\]/).pop()?.trim()
  return base && base !== '.' && base !== '..' ? base : undefined
}
