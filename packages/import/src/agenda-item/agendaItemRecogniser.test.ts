import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('agendaItemRecogniser', () => {
  it('keeps numbered items as headings with their numbers, sub-items a level down', () => {
    const { blocks, report } = checkedImport(
      '1. Apologies for absence\nNone.\n\n7. Finance\n7.1 Payments\nPaid.\n\nItem 8: Highways\nPotholes.',
    )
    expect(
      blocks
        .filter((block) => block.type === 'heading')
        .map((block) => [block.attrs?.level, block.content?.[0]?.text]),
    ).toEqual([
      [2, '1. Apologies for absence'],
      [2, '7. Finance'],
      [3, '7.1 Payments'],
      [2, 'Item 8: Highways'],
    ])
    expect(report.recognised.map((entry) => entry.kind)).toEqual([
      'agendaItem',
      'agendaItem',
      'agendaItem',
      'agendaItem',
    ])
  })

  it('leaves an ordered list and numbered sentences to be a list', () => {
    const { nodesOf } = checkedImport(
      '1. First step\n2. Second step\n\n3. The third is a sentence.',
    )
    expect(nodesOf('heading')).toEqual([])
    expect(nodesOf('orderedList')).toHaveLength(1)
    expect(nodesOf('listItem')).toHaveLength(3)
  })
})
