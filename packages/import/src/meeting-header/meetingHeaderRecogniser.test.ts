import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('meetingHeaderRecogniser', () => {
  it('joins an upper-case body name over several lines and binds each officer to a person', () => {
    const { blocks, person, text } = checkedImport(
      'ALL PARTY PARLIAMENTARY GROUP FOR\nCHILDREN\n\nChair: Baroness Massey of Darwen\n\nVice-Chairmen: Jessica Lee MP, Baroness Walmsley\n\nClerk: Heather Ransom',
    )
    const [header] = blocks
    expect(header?.type).toBe('meetingHeader')
    expect(header?.content?.[0]).toEqual({
      type: 'bodyName',
      content: [{ type: 'text', text: 'ALL PARTY PARLIAMENTARY GROUP FOR CHILDREN' }],
    })
    const officers = header?.content?.slice(1) ?? []
    expect(
      officers.map((officer) => [
        officer.attrs?.role,
        officer.attrs?.label,
        person(officer.attrs?.personId).name,
      ]),
    ).toEqual([
      ['chair', null, 'Baroness Massey of Darwen'],
      ['viceChair', 'Vice-Chairmen', 'Jessica Lee MP'],
      ['viceChair', 'Vice-Chairmen', 'Baroness Walmsley'],
      ['clerk', null, 'Heather Ransom'],
    ])
    expect(person(officers[0]?.attrs?.personId).role).toBe('Chair')
    expect(text).toContain('Vice-Chairmen: Jessica Lee MP and Baroness Walmsley')
  })

  it('is a header of officers alone where there is no upper-case title', () => {
    const { blocks, text } = checkedImport(
      'Vice-Chair: Ann Lee\nVice-Chair: Bob Stone\nSecretary: Cy Dow',
    )
    expect(blocks[0]?.content?.map((node) => node.type)).toEqual([
      'bodyName',
      'officer',
      'officer',
      'officer',
    ])
    expect(text).toBe('Vice-Chair: Ann Lee\nVice-Chair: Bob Stone\nSecretary: Cy Dow')
  })

  it('leaves an upper-case date to the meeting details', () => {
    const { blocks } = checkedImport('MONDAY 3RD MARCH 2025\n7:30pm, Village Hall')
    expect(blocks.map((block) => block.type)).toEqual(['meetingDetails'])
  })

  it('ends before a second line under the same heading, which would print as one with the first', () => {
    const { blocks } = checkedImport('Vice-Chairs: Ann Lee, Bob Stone\nVice-Chairs: Cy Dow')
    expect(blocks.map((block) => block.type)).toEqual(['meetingHeader', 'paragraph'])
    expect(blocks[0]?.content).toHaveLength(3)
  })

  it('is only at the top of the minutes', () => {
    const { nodesOf } = checkedImport('Some opening words.\n\nCHAIR’S REPORT\n\nChair: Ann Lee')
    expect(nodesOf('meetingHeader')).toEqual([])
  })

  it('takes a title-case body name followed by officer lines as the header', () => {
    for (const [source, format] of [
      [
        'All-Party Parliamentary Group on Community Libraries\nChair: Baroness Ferris of Coldwater\nClerk: Daniel Frost',
        'text',
      ],
      [
        '# All-Party Parliamentary Group on Community Libraries\n\n**Chair:** Baroness Ferris of Coldwater\n\n**Clerk:** Daniel Frost',
        'markdown',
      ],
    ] as const) {
      const { blocks, person } = checkedImport(source, { format })
      expect(blocks.map((block) => block.type)).toEqual(['meetingHeader'])
      const [bodyName, ...officers] = blocks[0]?.content ?? []
      expect(bodyName?.content?.[0]?.text).toBe(
        'All-Party Parliamentary Group on Community Libraries',
      )
      expect(officers.map((officer) => person(officer.attrs?.personId).name)).toEqual([
        'Baroness Ferris of Coldwater',
        'Daniel Frost',
      ])
    }
  })

  it('leaves a title-case line without officers after it as a heading', () => {
    const { blocks } = checkedImport('# Community Libraries Review\n\nThe group met online.', {
      format: 'markdown',
    })
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph'])
  })
})
