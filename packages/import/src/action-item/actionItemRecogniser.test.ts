import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

const noLabels = { label: null, ownerLabel: null, dueLabel: null, statusLabel: null }

describe('actionItemRecogniser', () => {
  it('reads the owner from the register and the due date from "by …"', () => {
    const { nodesOf, person } = checkedImport(
      'Present: Priya Shah (City Council), Owen Davies\n\nAction: Priya to circulate the draft by 12 March 2025\nACTION – Owen Davies to book the hall by 19/03/2025.\nAction: All to read the plan.',
    )
    const actions = nodesOf('actionItem')
    expect(actions.map((action) => action.attrs)).toEqual([
      { ownerId: 'priya-shah', dueDate: '2025-03-12', status: 'open', ...noLabels },
      { ownerId: 'owen-davies', dueDate: '2025-03-19', status: 'open', ...noLabels },
      { ownerId: null, dueDate: null, status: 'open', ...noLabels },
    ])
    expect(person(actions[0]?.attrs?.ownerId).organisation).toBe('City Council')
  })

  it('finds a role’s holder and dates a deadline without a year in the meeting’s year, or the next', () => {
    const { nodesOf } = checkedImport(
      'Monday 1st December 2025\n\nIn attendance: Mrs Carol Dunn (Clerk)\n\nAction: Clerk to write to the council by 12 December.\nAction: The Clerk to report back by 9 January.',
    )
    expect(nodesOf('actionItem').map((action) => action.attrs)).toEqual([
      { ownerId: 'carol-dunn', dueDate: '2025-12-12', status: 'open', ...noLabels },
      { ownerId: 'carol-dunn', dueDate: '2026-01-09', status: 'open', ...noLabels },
    ])
  })

  it('makes the items under an "Actions" heading actions, unlabelled ones too', () => {
    const { blocks, people } = checkedImport(
      'Actions\n- Maya to email the cohort\n- Action: Leo Brandt to fix the redirect by 2025-03-14\n\nThe meeting closed.',
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'actionItem',
      'actionItem',
      'paragraph',
    ])
    expect(people.map((person) => person.name)).toEqual(['Maya', 'Leo Brandt'])
    expect(blocks[2]?.attrs?.dueDate).toBe('2025-03-14')
  })

  it('reads numbered actions as the exports write them, number and trail as attributes', () => {
    const { nodesOf, person, text } = checkedImport(
      [
        'Present: Daniel Frost',
        '',
        '**A1** Write to the Minister — Daniel Frost, due 12 March 2025 (open)',
        '',
        '**A2** Book the hall — Clerk and Treasurer, due end of March (Complete)',
        '',
        'A7 is not the next number — so this (open) line stays a paragraph',
      ].join('\n'),
      { format: 'markdown' },
    )
    const [first, second] = nodesOf('actionItem')
    expect(first?.content?.[0]?.content).toEqual([{ type: 'text', text: 'Write to the Minister' }])
    expect(person(first?.attrs?.ownerId).name).toBe('Daniel Frost')
    expect(first?.attrs).toMatchObject({ dueDate: '2025-03-12', status: 'open', ...noLabels })
    expect(second?.attrs).toEqual({
      ownerId: null,
      dueDate: null,
      status: 'done',
      label: null,
      ownerLabel: 'Clerk and Treasurer',
      dueLabel: 'end of March',
      statusLabel: 'Complete',
    })
    expect(nodesOf('actionItem')).toHaveLength(2)
    expect(text).toContain('A2 Book the hall — Clerk and Treasurer, due end of March (Complete)')
  })

  it('reads task-list items assigned to a handle or initials, a ticked box as done', () => {
    const { nodesOf, person } = checkedImport(
      [
        '## Present',
        '',
        '- Jordan Reyes (@jreyes)',
        '- Tomasz Gorski (TG)',
        '',
        '## Action items',
        '',
        '- [ ] Update the governance page (@jreyes)',
        '- [x] Draft the release plan by 16 April 2025 (@TG)',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(
      nodesOf('actionItem').map((action) => [
        person(action.attrs?.ownerId).name,
        action.attrs?.dueDate,
        action.attrs?.status,
      ]),
    ).toEqual([
      ['Jordan Reyes', null, 'open'],
      ['Tomasz Gorski', '2025-04-16', 'done'],
    ])
  })
})
