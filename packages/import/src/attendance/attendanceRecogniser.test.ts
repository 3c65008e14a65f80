import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('attendanceRecogniser', () => {
  it('reads each standard heading as its kind, without a label', () => {
    const { nodesOf } = checkedImport(
      'Members in attendance: Ann Lee\nSpeakers: Bob Stone (ACPO)\nIn attendance: Cy Dow\nApologies: Di Eve\nAbsent: Ed Fox',
    )
    expect(nodesOf('attendanceList').map((list) => list.attrs)).toEqual([
      { kind: 'members', label: null, note: null },
      { kind: 'speakers', label: null, note: null },
      { kind: 'inAttendance', label: null, note: null },
      { kind: 'apologies', label: null, note: null },
      { kind: 'absent', label: null, note: null },
    ])
  })

  it('keeps other headings as the list’s label', () => {
    const { nodesOf, text } = checkedImport(
      'Present: Cllr Ann Lee (Chair)\nVoluntary and community sector in attendance: Bob Stone (NSPCC)\nApologies for absence: Cy Dow',
    )
    expect(nodesOf('attendanceList').map((list) => list.attrs)).toEqual([
      { kind: 'members', label: 'Present', note: null },
      { kind: 'inAttendance', label: 'Voluntary and community sector in attendance', note: null },
      { kind: 'apologies', label: 'Apologies for absence', note: null },
    ])
    expect(text).toContain('Present: Cllr Ann Lee (Chair)')
  })

  it('makes "A and B (Org)" two people of that organisation, each once in the register', () => {
    const { nodesOf, person, people } = checkedImport(
      'Speakers: Marion Sandwell and Lucy Dawes (YJB), Grace Brownfield, Peter Richards and Natasha Jetha (NSPCC)\nApologies: Lucy Dawes',
    )
    const [speakers, apologies] = nodesOf('attendanceList')
    expect(
      speakers?.content?.map((attendee) => {
        const { name, organisation } = person(attendee.attrs?.personId)
        return `${name} (${organisation})`
      }),
    ).toEqual([
      'Marion Sandwell (YJB)',
      'Lucy Dawes (YJB)',
      'Grace Brownfield (NSPCC)',
      'Peter Richards (NSPCC)',
      'Natasha Jetha (NSPCC)',
    ])
    expect(apologies?.content?.[0]?.attrs?.personId).toBe(speakers?.content?.[1]?.attrs?.personId)
    expect(people).toHaveLength(5)
  })

  it('reads people listed under a heading of their own, and keeps entries that name no one', () => {
    const { blocks, person } = checkedImport(
      'In attendance:\n- Mrs Carol Dunn (Clerk)\n- PCSO Lee Grant\n\nAlso present: 4 members of the public, Ann Lee',
    )
    expect(blocks.map((block) => block.type)).toEqual(['attendanceList', 'attendanceList'])
    const [first] = blocks
    expect(first?.content?.map((attendee) => person(attendee.attrs?.personId))).toEqual([
      { id: 'carol-dunn', name: 'Carol Dunn', title: 'Mrs', role: 'Clerk' },
      { id: 'lee-grant', name: 'Lee Grant', title: 'PCSO' },
    ])
    expect(blocks[1]?.attrs?.note).toBe('4 members of the public')
  })

  it('prints the note after the names, so the list reads as written', () => {
    const { nodesOf, text } = checkedImport(
      'In attendance: Jo Bloggs (Clerk) and 2 members of the public',
    )
    expect(nodesOf('attendanceList').map((list) => list.attrs?.note)).toEqual([
      '2 members of the public',
    ])
    expect(text).toBe('Attendance\n\nIn attendance: Jo Bloggs (Clerk) and 2 members of the public')
  })

  it('leaves a heading with no one after it as text', () => {
    const { nodesOf, report } = checkedImport('Apologies: None received.')
    expect(nodesOf('attendanceList')).toEqual([])
    expect(report.unrecognised).toEqual([{ line: 1, text: 'Apologies: None received.' }])
  })

  it('reads a table of lists under an "Attendance" heading, as Word minutes set them out', () => {
    const { blocks, text } = checkedImport(
      [
        '## Attendance',
        '',
        '| **Present** | Cllr Ann Lee (Chair), Cllr Bob Stone |',
        '| --- | --- |',
        '| **Apologies** | Cy Dow, 2 members of the public |',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => [block.type, block.attrs?.kind, block.content?.length])).toEqual([
      ['attendanceList', 'members', 2],
      ['attendanceList', 'apologies', 1],
    ])
    expect(blocks[1]?.attrs?.note).toBe('2 members of the public')
    expect(text.startsWith('Attendance\n\nPresent: Cllr Ann Lee (Chair) and Cllr Bob Stone')).toBe(
      true,
    )
  })

  it('reads lists under headings of their own, a person a line, and resolves their initials later', () => {
    const { nodesOf, person, people } = checkedImport(
      [
        '## Present',
        '',
        '- Dr Helena Brandt (HB), University of Eastmoor (Chair)',
        '- Carl Mendes, Chief Nursing Officer',
        '- Jordan Reyes (@jreyes)',
        '',
        'Regrets',
        'Li Wei',
        '',
        '**Guests:** Shona Reilly (Citizens Advice)',
        '',
        'ACTION: HB to write to the partners.',
        '',
        'Action: @jreyes to update the page.',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(nodesOf('attendanceList').map((list) => [list.attrs?.kind, list.attrs?.label])).toEqual([
      ['members', 'Present'],
      ['apologies', 'Regrets'],
      ['inAttendance', 'Guests'],
    ])
    expect(person(nodesOf('attendee')[0]?.attrs?.personId)).toEqual({
      id: 'helena-brandt',
      name: 'Helena Brandt',
      title: 'Dr',
      alias: 'HB',
      organisation: 'University of Eastmoor',
      role: 'Chair',
    })
    expect(person(nodesOf('attendee')[1]?.attrs?.personId).role).toBe('Chief Nursing Officer')
    expect(nodesOf('actionItem').map((action) => person(action.attrs?.ownerId).name)).toEqual([
      'Helena Brandt',
      'Jordan Reyes',
    ])
    expect(people).toHaveLength(5)
  })

  it('keeps a line of several names as several people', () => {
    const { nodesOf } = checkedImport('Members present\nCallum Reid, Aisha Bello, Jonah Pearce')
    expect(nodesOf('attendee')).toHaveLength(3)
  })

  it('reads apologies written as a sentence', () => {
    const { nodesOf, person } = checkedImport(
      'Apologies for absence were received from Patrick Doyle and Cy Dow.',
    )
    const [apologies] = nodesOf('attendanceList')
    expect(apologies?.attrs?.kind).toBe('apologies')
    expect(apologies?.content?.map((attendee) => person(attendee.attrs?.personId).name)).toEqual([
      'Patrick Doyle',
      'Cy Dow',
    ])
  })
})
