import { describe, expect, it } from 'vitest'
import { textOf } from '../blocks/textOf'
import { checkedImport } from '../testing/checkedImport'

const speakers = 'Speakers: Liam Vernon (UKHTC), Simon Bailey (ACPO), Bharti Patel (ECPAT UK)\n\n'

describe('questionsRecogniser', () => {
  it('binds each question to the named answers that follow it', () => {
    const { nodesOf, person, report } = checkedImport(
      `${speakers}Baroness Massey: took questions from the audience, including:

- How can we move forward?

Liam Vernon: explained that strategy is key.

Simon Bailey: stated that training is crucial.

Bharti Patel: added that prevention matters.

- Why is information not shared?

Simon Bailey: stated that there is reluctance.`,
    )
    const questions = nodesOf('questionAnswer')
    expect(questions.map((qa) => textOf(qa.content?.[0] ?? {}))).toEqual([
      'How can we move forward?',
      'Why is information not shared?',
    ])
    expect(
      questions.map((qa) =>
        qa.content?.slice(1).map((answer) => person(answer.attrs?.speakerId).name),
      ),
    ).toEqual([['Liam Vernon', 'Simon Bailey', 'Bharti Patel'], ['Simon Bailey']])
    expect(questions[0]?.content?.[1]?.content?.[0]?.content?.[0]?.text).toBe(
      'explained that strategy is key.',
    )
    expect(report.recognised.filter((entry) => entry.kind === 'questions')).toHaveLength(1)
    expect(nodesOf('speakerSection')).toEqual([])
  })

  it('opens with a "Questions" heading, and ends at the next heading', () => {
    const { blocks } = checkedImport(
      '## Questions\n\n- Can we launch?\n\nLeo Brandt: answered that we cannot.\n\n## Decisions\n\n- Wait.',
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'questionAnswer',
      'heading',
      'decision',
    ])
  })

  it('binds a question to the person who asked it', () => {
    const { nodesOf, person } = checkedImport(
      'Questions from the floor\n\nAnn Lee: asked whether the hall is booked?\n\nBob Stone: confirmed that it is.',
    )
    const [qa] = nodesOf('questionAnswer')
    expect(person(qa?.content?.[0]?.attrs?.askerId).name).toBe('Ann Lee')
    expect(person(qa?.content?.[1]?.attrs?.speakerId).name).toBe('Bob Stone')
  })

  it('reads the "Q:" and "Question from …:" leads the exports write', () => {
    const { nodesOf, person } = checkedImport(
      [
        'Speakers: Bob Stone (ACPO)',
        '',
        'Questions',
        '',
        '**Q:** Why now?',
        '',
        '**Bob Stone (ACPO):** answered that the law changed.',
        '',
        '**Question from Ann Lee (YJB):** Who pays?',
        '',
        '**Bob Stone (ACPO):** said the Home Office.',
      ].join('\n'),
      { format: 'markdown' },
    )
    const questions = nodesOf('question')
    expect(questions.map(textOf)).toEqual(['Why now?', 'Who pays?'])
    expect(questions[0]?.attrs?.askerId).toBeNull()
    expect(person(questions[1]?.attrs?.askerId)).toMatchObject({
      name: 'Ann Lee',
      organisation: 'YJB',
    })
  })
})
