import type { Decoration } from '@tiptap/pm/view'

/** The derived number ("R2") the numbering plugin puts on a block as a `data-number` decoration. */
export function readNumber(decorations: readonly Decoration[]): string | null {
  for (const decoration of decorations) {
    // prosemirror-view keeps a node decoration's attributes on its (unexported) type.
    const attributes = (decoration as Decoration & { type?: { attrs?: Record<string, unknown> } })
      .type?.attrs
    const value = attributes?.['data-number']
    if (typeof value === 'string') return value
  }
  return null
}
