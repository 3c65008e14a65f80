import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('attendanceRecogniser', () => {
  it('reads each standard heading as its kind, without a label', () => {
    const { nodesOf } = checkedImport(
      'Members in attendance: Ann Lee\nSpeakers: Bob Stone (ACPO)\nIn attendance: Cy Dow\nApologies: Di Eve\nAbsent: Ed Fox',
    )
    expect(nodesOf('attendanceList').map((list) => list.attrs)).toEqual([
      { kind: 'members', label: null },
      { kind: 'speakers', label: null },
      { kind: 'inAttendance', label: null },
      { kind: 'apologies', label: null },
      { kind: 'absent', label: null },
    ])
  })

  it('keeps other headings as the list’s label', () => {
    const { nodesOf, text } = checkedImport(
      'Present: Cllr Ann Lee (Chair)\nVoluntary and community sector in attendance: Bob Stone (NSPCC)\nApologies for absence: Cy Dow',
    )
    expect(nodesOf('attendanceList').map((list) => list.attrs)).toEqual([
      { kind: 'members', label: 'Present' },
      { kind: 'inAttendance', label: 'Voluntary and community sector in attendance' },
      { kind: 'apologies', label: 'Apologies for absence' },
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
    expect(blocks.map((block) => block.type)).toEqual([
      'attendanceList',
      'attendanceList',
      'paragraph',
    ])
    const [first] = blocks
    expect(first?.content?.map((attendee) => person(attendee.attrs?.personId))).toEqual([
      { id: 'carol-dunn', name: 'Carol Dunn', title: 'Mrs', role: 'Clerk' },
      { id: 'lee-grant', name: 'Lee Grant', title: 'PCSO' },
    ])
    expect(blocks[2]?.content?.[0]?.text).toBe('4 members of the public')
  })

  it('leaves as text a list whose words the printed list would not give back', () => {
    const { nodesOf } = checkedImport(
      'In attendance: Jo Bloggs (Clerk) and 2 members of the public',
    )
    expect(nodesOf('attendanceList')).toEqual([])
  })

  it('leaves a heading with no one after it as text', () => {
    const { nodesOf, report } = checkedImport('Apologies: None received.')
    expect(nodesOf('attendanceList')).toEqual([])
    expect(report.unrecognised).toEqual([{ line: 1, text: 'Apologies: None received.' }])
  })
})
