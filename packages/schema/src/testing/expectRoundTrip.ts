import type { JSONContent } from '@tiptap/core'
import { expect } from 'vitest'
import { createTestEditor } from './createTestEditor'

/**
 * Expects `json` to come back unchanged through JSON (loaded, then reloaded from its own JSON)
 * or through HTML (loaded, written as HTML, then read back).
 */
export function expectRoundTrip(json: JSONContent, through: 'JSON' | 'HTML'): void {
  if (through === 'JSON') {
    const original = createTestEditor(json)
    expect(original.getJSON()).toEqual(json)
    expect(createTestEditor(original.getJSON()).getJSON()).toEqual(json)
  } else {
    const html = createTestEditor(json).getHTML()
    expect(createTestEditor(html).getJSON()).toEqual(json)
  }
}
