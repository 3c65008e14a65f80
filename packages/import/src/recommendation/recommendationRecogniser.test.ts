import { describe, expect, it } from 'vitest'
import { textOf } from '../blocks/textOf'
import { checkedImport } from '../testing/checkedImport'

describe('recommendationRecogniser', () => {
  it('makes each bullet under a recommendations heading a recommendation proposed by the speaker', () => {
    const { nodesOf, person } = checkedImport(
      [
        'Sarah Champion MP: explained the report.',
        '',
        'Recommendations arising from the report',
        '',
        '- Two changes should be made in the Bill:',
        '',
        '- The police should be able to charge abusers',
        '- Warning Notices should become statutory',
        "- The term 'child prostitute' should be removed",
        '- Training should be connected.',
        '',
        'General points',
        '',
        '- Dealing with CSE is costly.',
      ].join('\n'),
    )
    const recommendations = nodesOf('recommendation')
    expect(recommendations.map((node) => textOf(node.content?.[0] ?? {}))).toEqual([
      'Two changes should be made in the Bill:',
      "The term 'child prostitute' should be removed",
      'Training should be connected.',
    ])
    // The blank line after "Two changes …:" makes the next two items its own, as it announces.
    const nested = recommendations[0]?.content?.[1]
    expect(nested?.type).toBe('bulletList')
    expect(nested?.content?.map(textOf)).toEqual([
      'The police should be able to charge abusers',
      'Warning Notices should become statutory',
    ])
    expect(recommendations.map((node) => person(node.attrs?.proposerId).name)).toEqual([
      'Sarah Champion MP',
      'Sarah Champion MP',
      'Sarah Champion MP',
    ])
    expect(recommendations[0]?.attrs?.status).toBe('proposed')
    expect(nodesOf('speakerSection')[0]?.content?.at(-1)?.type).toBe('bulletList')
  })

  it('reads "Recommendation:" and "We recommend" lines', () => {
    const { blocks, report } = checkedImport(
      'Recommendation: The council should adopt the plan.\n\nWe recommend that the budget be increased.\n\nThe budget was discussed.',
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'recommendation',
      'recommendation',
      'paragraph',
    ])
    expect(report.recognised.map((entry) => [entry.kind, entry.line])).toEqual([
      ['recommendation', 1],
      ['recommendation', 3],
    ])
  })

  it('makes paragraphs under a Markdown heading recommendations too', () => {
    const { nodesOf } = checkedImport(
      '## Recommendations\n\nFund the pilot.\n\nReview it in a year.\n\n## Next',
      {
        format: 'markdown',
      },
    )
    expect(nodesOf('recommendation')).toHaveLength(2)
  })

  it('reads a printed lead into number, status and addressee where its number is the recommendation’s own', () => {
    const { nodesOf, text } = checkedImport(
      '## Recommendations\n\n- **Recommendation R1 (agreed; to: Home Office):** Fund the pilot.\n- **Recommendation R7 (noted):** Review it.',
      { format: 'markdown' },
    )
    const [first, second] = nodesOf('recommendation')
    expect(first?.attrs).toEqual({ addressee: 'Home Office', status: 'agreed', proposerId: null })
    expect(textOf(first ?? {})).toBe('Fund the pilot.')
    // "R7" is not the second recommendation's number, so the lead stays as it was written.
    expect(second?.attrs?.status).toBe('proposed')
    expect(textOf(second ?? {})).toBe('Recommendation R7 (noted): Review it.')
    expect(text).toContain('Recommendation R1 (agreed; to: Home Office): Fund the pilot.')
  })

  it('reads a proposer named in the lead, and a list the recommendation announces', () => {
    const { nodesOf, person } = checkedImport(
      [
        'Present: Ann Lee (YJB)',
        '',
        'Recommendations',
        '',
        'Recommendation R1 (agreed; proposed by: Ann Lee (YJB)): Two changes should be made:',
        '',
        '- Train the officers',
        '- Share the data',
      ].join('\n'),
      { format: 'markdown' },
    )
    const [recommendation] = nodesOf('recommendation')
    expect(recommendation?.attrs?.status).toBe('agreed')
    expect(person(recommendation?.attrs?.proposerId).name).toBe('Ann Lee')
    expect(recommendation?.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList'])
    expect(nodesOf('recommendation')).toHaveLength(1)
  })
})
