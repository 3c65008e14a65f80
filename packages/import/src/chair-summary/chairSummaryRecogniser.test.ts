import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('chairSummaryRecogniser', () => {
  it('binds "Name: summed up …" and its themes to the chair', () => {
    const { blocks, person, text } = checkedImport(
      'Chair: Baroness Massey of Darwen\n\nBaroness Massey: summed up the meeting by drawing out key themes.\n\n- The importance of training\n- The need for early intervention\n\nBaroness Massey thanked all speakers.',
    )
    const summary = blocks[1]
    expect(summary?.type).toBe('chairSummary')
    expect(person(summary?.attrs?.chairId)).toMatchObject({
      name: 'Baroness Massey of Darwen',
      role: 'Chair',
    })
    expect(summary?.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'bulletList',
      'paragraph',
    ])
    expect(summary?.content?.[1]?.content).toHaveLength(2)
    expect(text).toContain('Baroness Massey of Darwen: summed up the meeting')
  })

  it('reads the summing-up without a colon', () => {
    const { blocks } = checkedImport('Present: Ann Lee\n\nAnn Lee summed up the discussion.')
    expect(blocks[1]).toMatchObject({
      type: 'chairSummary',
      content: [{ type: 'paragraph', content: [{ text: 'summed up the discussion.' }] }],
    })
  })

  it('takes the heading just above the summary as its own, kept as its label where unusual', () => {
    const source = (heading: string) =>
      `## ${heading}\n\nAnn Lee: summed up the meeting.\n\n- Funding matters`
    const usual = checkedImport(source("Chair's summary"), { format: 'markdown' })
    expect(usual.blocks.map((block) => block.type)).toEqual(['chairSummary'])
    expect(usual.blocks[0]?.attrs?.label).toBeNull()
    const own = checkedImport(source('Key themes'), { format: 'markdown' })
    expect(own.blocks[0]?.attrs?.label).toBe('Key themes')
  })
})
