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
})
