// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'
import { agendaItemDepths, agendaItemGroupEnd } from './agendaItemGroupEnd'

const item = (number: string | null): JSONContent => ({
  type: 'agendaItem',
  attrs: { number },
  content: [{ type: 'text', text: `Item ${number}` }],
})
const heading = (level: number): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text: 'Heading' }],
})
const summary: JSONContent = { type: 'chairSummary', content: [paragraph('In sum.')] }

const blocks: JSONContent[] = [
  paragraph('Before any item.'), // 0
  item('1'), // 1
  paragraph('Under 1.'), // 2
  heading(3), // 3: deeper than the item, so inside it
  item('1.1'), // 4
  paragraph('Under 1.1.'), // 5
  item('1.2'), // 6
  item('2'), // 7
  paragraph('Under 2.'), // 8
  heading(2), // 9: as high as the item, so after it
  item(null), // 10
  paragraph('Under the unnumbered item.'), // 11
  summary, // 12
  paragraph('After the summary.'), // 13
]

describe('agendaItemGroupEnd', () => {
  it('groups what follows an item up to the next item or heading as high, or the summary', () => {
    expect(agendaItemGroupEnd(blocks, 1)).toBe(7)
    expect(agendaItemGroupEnd(blocks, 4)).toBe(6)
    expect(agendaItemGroupEnd(blocks, 6)).toBe(7)
    expect(agendaItemGroupEnd(blocks, 7)).toBe(9)
    expect(agendaItemGroupEnd(blocks, 10)).toBe(12)
  })

  it('runs to the end when nothing closes the group, and is empty for a block that is no item', () => {
    expect(agendaItemGroupEnd([item('1'), paragraph('a'), paragraph('b')], 0)).toBe(3)
    expect(agendaItemGroupEnd(blocks, 0)).toBe(0)
    expect(agendaItemGroupEnd(blocks, 99)).toBe(99)
  })

  it('reads ProseMirror nodes as it reads JSON', () => {
    const doc = createTestEditor({ type: 'doc', content: blocks }).state.doc
    const children = doc.content.content
    expect(children.map((_, index) => agendaItemGroupEnd(children, index))).toEqual(
      blocks.map((_, index) => agendaItemGroupEnd(blocks, index)),
    )
  })

  it('reads a forged number as none, an item at the top level', () => {
    const forged = [{ type: 'agendaItem', attrs: { number: '<b>' } }, paragraph('a'), item('2')]
    expect(agendaItemGroupEnd(forged, 0)).toBe(2)
  })
})

describe('agendaItemDepths', () => {
  it('counts the groups each block sits in', () => {
    expect(agendaItemDepths(blocks)).toEqual([0, 0, 1, 1, 1, 2, 1, 0, 1, 0, 0, 1, 0, 0])
  })
})
