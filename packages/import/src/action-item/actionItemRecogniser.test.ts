import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('actionItemRecogniser', () => {
  it('reads the owner from the register and the due date from "by …"', () => {
    const { nodesOf, person } = checkedImport(
      'Present: Priya Shah (City Council), Owen Davies\n\nAction: Priya to circulate the draft by 12 March 2025\nACTION – Owen Davies to book the hall by 19/03/2025.\nAction: All to read the plan.',
    )
    const actions = nodesOf('actionItem')
    expect(actions.map((action) => action.attrs)).toEqual([
      { ownerId: 'priya-shah', dueDate: '2025-03-12', status: 'open' },
      { ownerId: 'owen-davies', dueDate: '2025-03-19', status: 'open' },
      { ownerId: null, dueDate: null, status: 'open' },
    ])
    expect(person(actions[0]?.attrs?.ownerId).organisation).toBe('City Council')
  })

  it('finds a role’s holder and dates a deadline without a year in the meeting’s year, or the next', () => {
    const { nodesOf } = checkedImport(
      'Monday 1st December 2025\n\nIn attendance: Mrs Carol Dunn (Clerk)\n\nAction: Clerk to write to the council by 12 December.\nAction: The Clerk to report back by 9 January.',
    )
    expect(nodesOf('actionItem').map((action) => action.attrs)).toEqual([
      { ownerId: 'carol-dunn', dueDate: '2025-12-12', status: 'open' },
      { ownerId: 'carol-dunn', dueDate: '2026-01-09', status: 'open' },
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
})
