import { describe, expect, it } from 'vitest'
import { textOf } from '../blocks/textOf'
import { checkedImport } from '../testing/checkedImport'

describe('decisionRecogniser', () => {
  it('reads "Resolved, That …", "RESOLVED: …", "It was resolved that …" and "Decision: …"', () => {
    const { blocks } = checkedImport(
      'Resolved, That the minutes be approved.\nRESOLVED: That the rent be held.\nIt was resolved that the hall be booked.\nDecision: The group agreed to meet monthly.\nThe resolution was welcomed.',
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'decision',
      'decision',
      'decision',
      'decision',
      'paragraph',
    ])
    expect(textOf(blocks[1] ?? {})).toBe('RESOLVED: That the rent be held.')
  })

  it('takes what is listed under a bare "RESOLVED:" as its paragraphs', () => {
    const { blocks } = checkedImport(
      'RESOLVED:\n- that the budget be set\n  - at £48,500\n- that the clerk write',
    )
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.type).toBe('decision')
    expect(blocks[0]?.content?.map(textOf)).toEqual([
      'RESOLVED:',
      'that the budget be set',
      'at £48,500',
      'that the clerk write',
    ])
  })

  it('makes each item under a "Decisions" heading a decision', () => {
    const { blocks } = checkedImport(
      'Decisions\n\n- Launch moves to 24 March.\n- The field moves up.',
    )
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'decision', 'decision'])
  })

  it('reads decisions numbered as the exports write them, and only the next number', () => {
    const { nodesOf, text } = checkedImport(
      '**D1** Resolved, That the accounts be approved.\n\n**D2** Resolved, That the Clerk write to the Minister.\n\nD7 was the room booked.',
      { format: 'markdown' },
    )
    expect(nodesOf('decision').map(textOf)).toEqual([
      'Resolved, That the accounts be approved.',
      'Resolved, That the Clerk write to the Minister.',
    ])
    expect(text).toContain('D2 Resolved, That the Clerk write to the Minister.')
  })

  it('reads approvals, the body deciding and motions carried or passed, not motions that fell', () => {
    const { nodesOf } = checkedImport(
      [
        'Approved as a correct record.',
        'The Board APPROVED the winter plan.',
        'The committee agreed to hold fees at 2024 levels.',
        'It was agreed to comment in support of the application.',
        'Cllr Holt proposed that Cllr Oates be Chair. The motion was carried unanimously.',
        'The motion passed with 14 votes for and 2 against.',
        'The motion fell with 5 votes for and 11 against.',
        'The minutes were approved.',
      ].join('\n\n'),
    )
    expect(nodesOf('decision')).toHaveLength(6)
  })
})
