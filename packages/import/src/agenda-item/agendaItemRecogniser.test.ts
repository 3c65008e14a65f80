import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('agendaItemRecogniser', () => {
  it('makes numbered items agenda items: the number an attribute, the rest the title', () => {
    const { blocks, report } = checkedImport(
      '1. Apologies for absence\nNone.\n\n7. Finance\n7.1 Payments\nPaid.\n\nItem 8: Highways\nPotholes.',
    )
    expect(
      blocks
        .filter((block) => block.type === 'agendaItem')
        .map((block) => [block.attrs?.number, block.content?.[0]?.text]),
    ).toEqual([
      ['1', 'Apologies for absence'],
      ['7', 'Finance'],
      ['7.1', 'Payments'],
      // "Item" is a word of the minutes: it stays, in the number printed before the title.
      ['Item 8', 'Highways'],
    ])
    expect(blocks.filter((block) => block.type === 'heading')).toEqual([])
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

  it('reads minute references, escaped numbers, numbered headings and headings that name an issue', () => {
    const { blocks, report } = checkedImport(
      [
        '1\\. Welcome',
        '',
        '25/04 Planning',
        '',
        'TB 25/061 Patient story',
        '',
        '## Item 2 — Finance',
        '',
        '### Release cadence [#151](https://example.org/issues/151)',
        '',
        '25/0412/FUL, Orchard Barn: no objection.',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(report.recognised.map((entry) => [entry.kind, entry.label])).toEqual([
      ['agendaItem', '1. Welcome'],
      ['agendaItem', '25/04 Planning'],
      ['agendaItem', 'TB 25/061 Patient story'],
      ['agendaItem', 'Item 2 — Finance'],
      ['agendaItem', 'Release cadence #151'],
    ])
    expect(blocks.map((block) => [block.type, block.attrs?.number])).toEqual([
      ['agendaItem', '1'],
      ['agendaItem', '25/04'],
      ['agendaItem', 'TB 25/061'],
      ['agendaItem', 'Item 2'],
      ['agendaItem', null],
      ['paragraph', undefined],
    ])
    // The issue linked at the end is the item's reference, beside its title.
    expect(blocks[4]).toEqual({
      type: 'agendaItem',
      attrs: {
        number: null,
        reference: 'https://example.org/issues/151',
        referenceLabel: '#151',
      },
      content: [{ type: 'text', text: 'Release cadence' }],
    })
  })

  it('keeps an unsafe or bare issue reference in the title, where no word is lost', () => {
    const { blocks } = checkedImport(
      [
        '### Release cadence [#151](javascript:void)',
        '',
        '### Governance page (#163)',
        '',
        '### [#170](https://example.org/issues/170)',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.attrs)).toEqual([
      { number: null },
      { number: null },
      { number: null },
    ])
    expect(blocks[0]?.content?.map((child) => child.text).join('')).toContain('#151')
    expect(blocks[1]?.content).toEqual([{ type: 'text', text: 'Governance page (#163)' }])
  })

  it('keeps a bold number’s emphasis on the title', () => {
    const { blocks } = checkedImport('**1. Welcome all**', { format: 'markdown' })
    expect(blocks).toEqual([
      {
        type: 'agendaItem',
        attrs: { number: '1' },
        content: [{ type: 'text', text: 'Welcome all', marks: [{ type: 'bold' }] }],
      },
    ])
  })

  it('takes the headings one level under a "Minutes" or "Notes" heading, not the labels among them', () => {
    const { report } = checkedImport(
      '## Notes\n\n### Translation workflow\n\nText.\n\n#### Detail\n\n### Actions\n\n## Other\n\n### Not an item',
      { format: 'markdown' },
    )
    expect(
      report.recognised.filter((entry) => entry.kind === 'agendaItem').map((entry) => entry.label),
    ).toEqual(['Translation workflow'])
  })
})
