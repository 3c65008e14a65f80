import { describe, expect, it } from 'vitest'
import { actionColumnOf, readActionColumns } from './actionColumns'

describe('actionColumns', () => {
  it('names what each heading of an action table holds', () => {
    expect(['Action', 'Who', 'By', 'Status', 'Deadline', '**Owner**'].map(actionColumnOf)).toEqual([
      'action',
      'owner',
      'due',
      'status',
      'due',
      'owner',
    ])
    expect(['No.', 'Ref', 'Detail', 'Resp.', '#'].map(actionColumnOf)).toEqual([
      'number',
      'number',
      'action',
      'owner',
      'number',
    ])
    expect(actionColumnOf('Cost')).toBeUndefined()
  })

  it('takes a heading row for an action table only when every column is one of the four', () => {
    expect(readActionColumns(['Action', 'Owner', 'Due', 'Status'])).toEqual([
      'action',
      'owner',
      'due',
      'status',
    ])
    expect(readActionColumns(['Who', 'Action'])).toEqual(['owner', 'action'])
    expect(readActionColumns(['No.', 'Detail', 'Resp.', 'Status'])).toEqual([
      'number',
      'action',
      'owner',
      'status',
    ])
    expect(readActionColumns(['No.', 'Ref', 'Action', 'Owner'])).toBeUndefined()
    expect(readActionColumns(['Action', 'Owner', 'Notes'])).toBeUndefined()
    expect(readActionColumns(['Action', 'Status'])).toBeUndefined()
    expect(readActionColumns(['Action', 'Owner', 'Who'])).toBeUndefined()
  })
})
