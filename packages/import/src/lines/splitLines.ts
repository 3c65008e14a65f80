import type { ImportFormat } from '../ImportResult'
import { type LineShape, shapeOf } from './shapeOf'

export interface Line {
  /** 1-based, as editors number lines. */
  number: number
  /** The line without its indentation or trailing space; tabs inside it read as spaces. */
  text: string
  /** Width of the indentation, a tab counting as four spaces. */
  indent: number
  shape: LineShape
}

/** The source as lines, whatever its line endings. */
export function splitLines(source: string, format: ImportFormat): Line[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const leading = /^[ \t\u00A0]*/.exec(raw)?.[0] ?? ''
      let indent = 0
      for (const character of leading) indent += character === '\t' ? 4 : 1
      const text = raw
        .slice(leading.length)
        .replace(/[\t\u00A0]/g, ' ')
        .trimEnd()
      return { number: index + 1, text, indent, shape: shapeOf(text, format) }
    })
}
