import { describe, expect, it } from 'vitest'
import { summariseReport } from './summariseReport'

const noCounts = {
  attendees: 0,
  apologies: 0,
  agendaItems: 0,
  speakerSections: 0,
  recommendations: 0,
  decisions: 0,
  actions: 0,
}

describe('summariseReport', () => {
  it('shows every count, found or not, in the order minutes run', () => {
    const { counts } = summariseReport({
      counts: { ...noCounts, attendees: 4, apologies: 1, actions: 2, agendaItems: 3 },
      recognised: [],
      unrecognised: [],
    })
    expect(counts.map(({ name, value }) => `${name}: ${value}`)).toEqual([
      'Attendees: 4',
      'Apologies and absences: 1',
      'Agenda items: 3',
      'Speakers’ sections and turns: 0',
      'Recommendations: 0',
      'Decisions: 0',
      'Actions: 2',
    ])
  })

  it('lists the parts in file order, what follows an agenda item under it', () => {
    const { structure } = summariseReport({
      counts: noCounts,
      recognised: [
        { kind: 'speakerSection', label: 'Ada Byron', line: 12 },
        { kind: 'meetingHeader', label: 'Parish Council', line: 1 },
        { kind: 'agendaItem', label: '2. Accounts', line: 15 },
        { kind: 'attendanceList', label: 'Present', line: 3 },
        { kind: 'agendaItem', label: '1. Welcome', line: 10 },
        { kind: 'decision', label: 'RESOLVED', line: 17 },
      ],
      unrecognised: [],
    })
    expect(
      structure.map((entry) =>
        entry.type === 'part'
          ? `${entry.isInItem ? '  ' : ''}${entry.line} ${entry.name}: ${entry.label}`
          : entry.type,
      ),
    ).toEqual([
      '1 Meeting header: Parish Council',
      '3 Attendance list: Present',
      '10 Agenda item: 1. Welcome',
      '  12 Speaker: Ada Byron',
      '15 Agenda item: 2. Accounts',
      '  17 Decision: RESOLVED',
    ])
  })

  it('shows what stayed plain text where it stands, one entry per run of lines', () => {
    const { structure, unrecognised } = summariseReport({
      counts: noCounts,
      recognised: [
        { kind: 'agendaItem', label: '1. Welcome', line: 4 },
        { kind: 'decision', label: 'Agreed', line: 9 },
      ],
      unrecognised: [
        { line: 7, text: 'The chair thanked the hosts.' },
        { line: 2, text: '*** draft ***' },
        { line: 6, text: 'Tea and biscuits' },
        { line: 11, text: `Any other business ${'and more '.repeat(20)}` },
      ],
    })
    expect(structure).toEqual([
      { type: 'text', line: 2, lastLine: 2, lines: 1, excerpt: '*** draft ***', isInItem: false },
      {
        type: 'part',
        kind: 'agendaItem',
        name: 'Agenda item',
        label: '1. Welcome',
        line: 4,
        isInItem: false,
      },
      { type: 'text', line: 6, lastLine: 7, lines: 2, excerpt: 'Tea and biscuits', isInItem: true },
      {
        type: 'part',
        kind: 'decision',
        name: 'Decision',
        label: 'Agreed',
        line: 9,
        isInItem: true,
      },
      expect.objectContaining({ type: 'text', line: 11, lines: 1, isInItem: true }),
    ])
    const last = structure.at(-1)
    expect(last?.type === 'text' && last.excerpt).toHaveLength(80)
    expect(last?.type === 'text' && last.excerpt.endsWith('…')).toBe(true)
    expect(unrecognised.map((line) => line.line)).toEqual([2, 6, 7, 11])
  })

  it('names kinds it does not know after themselves', () => {
    const { structure } = summariseReport({
      counts: noCounts,
      recognised: [{ kind: 'votingRecord', label: 'Division 1', line: 5 }],
      unrecognised: [],
    })
    expect(structure).toEqual([
      expect.objectContaining({ name: 'Voting record', label: 'Division 1' }),
    ])
  })
})
