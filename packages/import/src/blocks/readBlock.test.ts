import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

const typesOf = (source: string, format: 'text' | 'markdown' = 'text') =>
  checkedImport(source, { format }).blocks.map((block) =>
    block.type === 'heading' ? `heading${block.attrs?.level}` : block.type,
  )

describe('readBlock', () => {
  it('takes a short line without closing punctuation, with something after it, for a heading', () => {
    expect(typesOf('Risk factors\n\nThe OCC developed a list:\n\n- Running away')).toEqual([
      'heading3',
      'paragraph',
      'bulletList',
    ])
    expect(typesOf('Key points:\n- one')).toEqual(['heading3', 'bulletList'])
  })

  it('does not take sentences, long lines, lines that run on or the last line for headings', () => {
    expect(typesOf('The meeting closed.\n\nNothing further')).toEqual(['paragraph', 'paragraph'])
    expect(typesOf('There was a meeting of the\nGroup on:\n\nMore')).toEqual([
      'paragraph',
      'paragraph',
    ])
    expect(
      typesOf('The OCC developed a comprehensive indicator list of risk factors:\n\n- one'),
    ).toEqual(['paragraph', 'bulletList'])
  })

  it('keeps line breaks of plain text and joins wrapped Markdown lines', () => {
    const source = 'There was a meeting of the\nAll Party Group on Monday'
    expect(checkedImport(source).blocks[0]?.content?.map((node) => node.type)).toEqual([
      'text',
      'hardBreak',
      'text',
    ])
    expect(checkedImport(source, { format: 'markdown' }).blocks[0]?.content).toEqual([
      { type: 'text', text: 'There was a meeting of the All Party Group on Monday' },
    ])
  })

  it('breaks a Markdown line that ends in a backslash', () => {
    const { blocks } = checkedImport('There was a meeting of the\\\nGroup on:', {
      format: 'markdown',
    })
    expect(blocks[0]?.content).toEqual([
      { type: 'text', text: 'There was a meeting of the' },
      { type: 'hardBreak' },
      { type: 'text', text: 'Group on:' },
    ])
  })

  it('reads Markdown headings, quotes and rules', () => {
    expect(typesOf('# Title\n\n> quoted\n> on\n\n---\n\nText', 'markdown')).toEqual([
      'heading1',
      'blockquote',
      'horizontalRule',
      'paragraph',
    ])
  })
})
