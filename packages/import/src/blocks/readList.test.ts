import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'
import { textOf } from './textOf'

/** A list as nested arrays of item texts, to compare shapes at a glance. */
function outline(list: JSONContent | undefined): unknown[] {
  return (list?.content ?? []).map((item) => {
    const [paragraph, ...lists] = item.content ?? []
    const text = textOf(paragraph ?? {})
    return lists.length > 0 ? [text, ...lists.map(outline)] : text
  })
}

describe('readList', () => {
  it('nests items by indentation, spaces or tabs', () => {
    const { blocks } = checkedImport('- a\n - a1\n\t- a1x\n - a2\n- b')
    expect(blocks).toHaveLength(1)
    expect(outline(blocks[0])).toEqual([['a', [['a1', ['a1x']], 'a2']], 'b'])
  })

  it('is not ended by a single blank line between items', () => {
    const { blocks } = checkedImport('- a\n\n- b\n- c\n\nAfter.')
    expect(blocks.map((block) => block.type)).toEqual(['bulletList', 'paragraph'])
    expect(outline(blocks[0])).toEqual(['a', 'b', 'c'])
  })

  it('gives an item ending in ":" before a blank line the items it announces', () => {
    const { blocks } = checkedImport('- Two changes:\n\n- one\n- two\n- three')
    expect(outline(blocks[0])).toEqual([['Two changes:', ['one', 'two']], 'three'])
  })

  it('gives such an item the whole run when it announces no number', () => {
    const { blocks } = checkedImport('- Changes:\n\n- one\n- two\n\n- three')
    expect(outline(blocks[0])).toEqual([['Changes:', ['one', 'two']], 'three'])
  })

  it('joins an indented line to the item above it', () => {
    const { blocks } = checkedImport('- a long item\n  that wraps\n- b')
    expect(outline(blocks[0])).toEqual(['a long item that wraps', 'b'])
  })

  it('keeps the numbering an ordered list starts from', () => {
    const { blocks, text } = checkedImport('3. c\n4. d')
    expect(blocks[0]).toMatchObject({ type: 'orderedList', attrs: { start: 3 } })
    expect(text).toBe('3. c\n4. d')
  })

  it('starts a new list where bullets turn into numbers', () => {
    const { blocks } = checkedImport('- a\n1. b\n2. c')
    expect(blocks.map((block) => block.type)).toEqual(['bulletList', 'orderedList'])
  })
})
