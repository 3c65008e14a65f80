import { describe, expect, it } from 'vitest'
import { summariseReport } from './summariseReport'

describe('summariseReport', () => {
  it('groups what was recognised by kind, in the order minutes run, with counts', () => {
    const { groups } = summariseReport({
      recognised: [
        { kind: 'speakerSection', label: 'Tim Loughton MP', line: 30 },
        { kind: 'attendanceList', label: 'Members', line: 8 },
        { kind: 'meetingHeader', label: 'APPG for Children', line: 1 },
        { kind: 'speakerSection', label: 'Baroness Massey', line: 20 },
        { kind: 'attendanceList', label: 'Apologies', line: 14 },
        { kind: 'chairSummary', label: 'Key themes', line: 90 },
        { kind: 'questionAnswer', label: 'Why?', line: 60 },
      ],
      unrecognised: [],
    })
    expect(groups.map((group) => group.label)).toEqual([
      '1 meeting header',
      '2 attendance lists',
      '2 speakers',
      '1 question',
      "1 chair's summary",
    ])
    expect(groups[2]?.items.map((item) => item.label)).toEqual([
      'Tim Loughton MP',
      'Baroness Massey',
    ])
  })

  it('names tables', () => {
    const { groups } = summariseReport({
      recognised: [
        { kind: 'table', label: 'Actions', line: 40 },
        { kind: 'speakerSection', label: 'Tim Loughton MP', line: 30 },
        { kind: 'table', label: 'Budget', line: 50 },
      ],
      unrecognised: [],
    })
    expect(groups.map((group) => group.label)).toEqual(['1 speaker', '2 tables'])
    expect(
      summariseReport({ recognised: [{ kind: 'table', label: 'T', line: 2 }], unrecognised: [] })
        .groups[0]?.label,
    ).toBe('1 table')
  })

  it('names kinds it does not know after themselves, last', () => {
    const { groups } = summariseReport({
      recognised: [
        { kind: 'votingRecord', label: 'Division 1', line: 5 },
        { kind: 'votingRecord', label: 'Division 2', line: 9 },
        { kind: 'decision', label: 'Resolved', line: 7 },
      ],
      unrecognised: [],
    })
    expect(groups.map((group) => group.label)).toEqual(['1 decision', '2 voting records'])
  })

  it('lists what was not recognised in line order', () => {
    const { groups, unrecognised } = summariseReport({
      recognised: [],
      unrecognised: [
        { line: 12, text: 'Tea and biscuits' },
        { line: 3, text: '*** draft ***' },
      ],
    })
    expect(groups).toEqual([])
    expect(unrecognised.map((line) => line.line)).toEqual([3, 12])
  })
})
