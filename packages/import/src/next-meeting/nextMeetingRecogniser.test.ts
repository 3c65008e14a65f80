import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

const nextDates = (source: string, format: 'text' | 'markdown' = 'text') =>
  checkedImport(source, { format })
    .nodesOf('meetingDetails')
    .map((details) => [details.attrs?.date, details.attrs?.nextDate])

describe('nextMeetingRecogniser', () => {
  it('puts the next meeting’s date into the details, the line gone where they print it all', () => {
    const { blocks, report } = checkedImport(
      'Monday 12 May 2025\n\nThe council met.\n\nNext meeting: Monday 9th June 2025',
    )
    expect(blocks.map((block) => block.type)).toEqual(['meetingDetails', 'paragraph'])
    expect(blocks[0]?.attrs).toMatchObject({ date: '2025-05-12', nextDate: '2025-06-09' })
    expect(report.recognised.at(-1)).toEqual({
      kind: 'nextMeeting',
      label: 'Next meeting: Monday 9th June 2025',
      line: 5,
    })
  })

  it('keeps a line that says more than the date, and reads a date without a year in the meeting’s', () => {
    const { blocks } = checkedImport(
      '12 May 2025\n\n**Date of next meeting:** Thursday 5 June, 7pm, Village Hall',
      { format: 'markdown' },
    )
    expect(blocks[0]?.attrs?.nextDate).toBe('2025-06-05')
    expect(blocks.at(-1)?.type).toBe('paragraph')
  })

  it('reads the date under a "Next meeting" heading, label or agenda item', () => {
    expect(nextDates('12 May 2025\n\n## Next meeting\n\n9 June 2025', 'markdown')).toEqual([
      ['2025-05-12', '2025-06-09'],
    ])
    expect(nextDates('12 May 2025\n\nNext meeting:\n9 June 2025')).toEqual([
      ['2025-05-12', '2025-06-09'],
    ])
    expect(nextDates('12 May 2025\n\n8. Date of next meeting\n\nMonday 9 June 2025')).toEqual([
      ['2025-05-12', '2025-06-09'],
    ])
  })

  it('reads the sentence minutes write it in', () => {
    expect(nextDates('12 May 2025\n\nThe next meeting will be held on 9 June 2025.')).toEqual([
      ['2025-05-12', '2025-06-09'],
    ])
  })

  it('makes details of its own where the minutes gave none, and takes only the first', () => {
    expect(nextDates('Notes\n\nNext meeting: 9 June 2025\n\nNext meeting: 7 July 2025')).toEqual([
      [null, '2025-06-09'],
    ])
  })

  it.each([
    ['no date', 'Next meeting: to be confirmed'],
    ['an impossible date', 'Next meeting: 31 February 2025'],
    ['a date far into the sentence', `Next meeting: ${'possibly '.repeat(5)}on 9 June 2025`],
    ['a list item', '- Next meeting: 9 June 2025'],
    ['a date of something else', 'The next meeting’s agenda closes on 9 June 2025'],
    ['a date of something else, after a colon', 'Next meeting: papers by 9 June 2025'],
  ])('leaves %s as text', (_, line) => {
    const { nodesOf, report } = checkedImport(`12 May 2025\n\n${line}`)
    expect(nodesOf('meetingDetails').map((details) => details.attrs?.nextDate)).toEqual([null])
    expect(report.recognised.map((block) => block.kind)).not.toContain('nextMeeting')
  })

  it('reads a huge line in linear time', () => {
    const started = performance.now()
    const { nodesOf } = checkedImport(`Next meeting: 9 June 2025 ${'and '.repeat(100_000)}`)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(nodesOf('meetingDetails')[0]?.attrs?.nextDate).toBe('2025-06-09')
  })
})
