import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

const appgStyle = [
  'Speakers: Professor Jenny Pearce (University of Bedfordshire), Bharti Patel (ECPAT UK)',
  '',
  'Jenny Pearce: explained that she drew on research',
  '',
  'Key points:',
  '',
  '- The location of the service is important',
  '- Services need to communicate.',
  '',
  'Jenny highlighted four projects. Specific themes have arisen:',
  '',
  '- Reporting sexual violence',
  ' - Many young people are not reporting abuse.',
  '',
  'Areas for improvement',
  '',
  '- Training needs to be uniform',
  '',
  'Bharti Patel: explained that she drew on training experience.',
].join('\n')

describe('speakerSectionRecogniser', () => {
  it('binds "Name: explained …" to the person and keeps sub-headings, nested bullets and continuations inside', () => {
    const { blocks, person } = checkedImport(appgStyle)
    const sections = blocks.filter((block) => block.type === 'speakerSection')
    expect(sections.map((section) => person(section.attrs?.speakerId).name)).toEqual([
      'Jenny Pearce',
      'Bharti Patel',
    ])
    const [jenny] = sections
    expect(jenny?.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'bulletList',
      'paragraph',
      'bulletList',
      'heading',
      'bulletList',
    ])
    expect(jenny?.content?.[0]?.content?.[0]?.text).toBe('explained that she drew on research')
    expect(jenny?.content?.[1]).toMatchObject({
      attrs: { level: 3 },
      content: [{ text: 'Key points:' }],
    })
    const nested = jenny?.content?.[4]?.content?.[0]?.content?.[1]
    expect(nested?.type).toBe('bulletList')
  })

  it('renders the section headed by the person and organisation', () => {
    const { text } = checkedImport(appgStyle)
    expect(text).toContain(
      'Professor Jenny Pearce (University of Bedfordshire): explained that she drew on research',
    )
  })

  it('adds a speaker it does not know when a verb of speech follows the name', () => {
    const { blocks, person } = checkedImport(
      'Tom Reed: said the migration is done.\n\nTom added a note.',
    )
    expect(blocks).toHaveLength(1)
    expect(person(blocks[0]?.attrs?.speakerId)).toEqual({ id: 'tom-reed', name: 'Tom Reed' })
  })

  it('does not take a sub-heading with a colon for a speaker', () => {
    const { nodesOf } = checkedImport(
      'Child sexual exploitation (CSE): the context\n\nThe work of the police: National Action Plan\n\nAction Plan: the aims',
    )
    expect(nodesOf('speakerSection')).toEqual([])
  })

  it('ends at a paragraph that opens with someone else’s full name', () => {
    const { blocks } = checkedImport(
      'Present: Ann Lee, Bob Stone\n\nAnn Lee: said the budget is on track.\n\nBob Stone thanked her for the report.',
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'attendanceList',
      'speakerSection',
      'paragraph',
    ])
  })

  it('leaves a role in place of a name as text, since the section would print the name instead', () => {
    const { blocks } = checkedImport('Present: Cllr Ann Lee (Chair)\n\nChair: welcomed everyone.')
    expect(blocks.map((block) => block.type)).toEqual(['attendanceList', 'paragraph'])
  })

  it('opens a section at a heading naming a known speaker, its deeper headings included', () => {
    const { blocks, person } = checkedImport(
      [
        'Speakers: Dr Imogen Tate (Northfield University)',
        '',
        '## Dr Imogen Tate (Northfield University)',
        '',
        'explained how the study was run.',
        '',
        '### Who is left offline',
        '',
        '- Older people living alone',
        '',
        '## Dr Tom Other (Nowhere)',
        '',
        'A heading naming no one known stays a heading.',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'attendanceList',
      'speakerSection',
      'heading',
      'paragraph',
    ])
    expect(person(blocks[1]?.attrs?.speakerId).name).toBe('Imogen Tate')
    expect(blocks[1]?.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'bulletList',
    ])
  })

  it('reads "Name – text" turns and initials of people in the attendance, and leaves other dashes', () => {
    const { nodesOf, person, text } = checkedImport(
      [
        'Attendees: Priyanka Nair, Ingrid Solberg (IS)',
        '',
        'Priyanka – we have three languages at 80% now.',
        '',
        'IS: WP2 delivered on time.',
        '',
        'Rich – the review queue is the bottleneck.',
      ].join('\n'),
    )
    expect(
      nodesOf('speakerSection').map((section) => person(section.attrs?.speakerId).name),
    ).toEqual(['Priyanka Nair', 'Ingrid Solberg'])
    expect(text).toContain('IS: WP2 delivered on time.')
    expect(text).toContain('Rich – the review queue is the bottleneck.')
  })
})
