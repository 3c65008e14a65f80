import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkedImport } from '../testing/checkedImport'

describe('meetingDetailsRecogniser', () => {
  it('reads the date, times, place, booking note, series and session as printed minutes give them', () => {
    const { blocks, report } = checkedImport(
      [
        'Tuesday 6th May 2014',
        '4:30-6:15pm, Committee Room G, House of Lords',
        '(booked in the name of Baroness Massey)',
        '',
        'Children and the Police inquiry:',
        '',
        "Oral evidence session 7: 'Child sexual exploitation and trafficking'",
      ].join('\n'),
    )
    expect(blocks).toEqual([
      {
        type: 'meetingDetails',
        attrs: {
          date: '2014-05-06',
          startTime: '16:30',
          endTime: '18:15',
          place: 'Committee Room G, House of Lords',
          bookingNote: 'booked in the name of Baroness Massey',
          seriesTitle: 'Children and the Police inquiry',
          sessionLabel: 'Oral evidence session',
          sessionNumber: '7',
          sessionTitle: 'Child sexual exploitation and trafficking',
          dateLabel: null,
          timeLabel: null,
          nextDate: null,
        },
      },
    ])
    expect(report.recognised).toEqual([
      { kind: 'meetingDetails', label: expect.stringContaining('Tuesday 6th May 2014'), line: 1 },
    ])
    expect(report.unrecognised).toEqual([])
  })

  it('keeps a date and time written otherwise as their labels, and nothing twice', () => {
    const { blocks, text } = checkedImport('6 May 2014\n19:00-21:00, Village Hall')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.attrs).toMatchObject({
      date: '2014-05-06',
      dateLabel: '6 May 2014',
      startTime: '19:00',
      endTime: '21:00',
      timeLabel: '19:00-21:00',
      place: 'Village Hall',
    })
    expect(text).toBe('6 May 2014\n19:00-21:00, Village Hall')
  })

  it('keeps the label of "Date:" and "Time:" lines with their wording', () => {
    const { blocks, text } = checkedImport('**Date:** Thursday 6th March 2025\nTime: 2pm to 4pm', {
      format: 'markdown',
    })
    expect(blocks.map((block) => block.type)).toEqual(['meetingDetails'])
    expect(blocks[0]?.attrs).toMatchObject({
      date: '2025-03-06',
      dateLabel: 'Date: Thursday 6th March 2025',
      startTime: '14:00',
      endTime: '16:00',
      timeLabel: 'Time: 2pm to 4pm',
    })
    expect(text).toBe('Date: Thursday 6th March 2025\nTime: 2pm to 4pm')
  })

  it('takes the date from the opening sentence of minutes that have no date line', () => {
    const { blocks } = checkedImport(
      'Minutes of the Full Council held on Monday 3 March 2025 at 7.30pm in the Village Hall.',
    )
    expect(blocks.map((block) => block.type)).toEqual(['meetingDetails', 'paragraph'])
    expect(blocks[0]?.attrs).toMatchObject({ date: '2025-03-03', startTime: '19:30' })
  })

  it('reads only one set of details: a later date is text', () => {
    const { nodesOf } = checkedImport(
      'Monday 3rd March 2025\n\nNext meeting:\n\nMonday 7th April 2025',
    )
    expect(nodesOf('meetingDetails')).toHaveLength(1)
    expect(nodesOf('meetingDetails')[0]?.attrs?.date).toBe('2025-03-03')
  })

  it('takes the date from the title heading, and never the next meeting’s for the meeting’s', () => {
    const { blocks, nodesOf } = checkedImport(
      '# Docs Working Group — 2025-05-14\n\nNotes.\n\n## Next meeting\n\n2025-05-28',
      { format: 'markdown' },
    )
    expect(blocks[0]?.type).toBe('heading')
    const dates = (details: JSONContent) => [details.attrs?.date, details.attrs?.nextDate]
    expect(nodesOf('meetingDetails').map(dates)).toEqual([['2025-05-14', '2025-05-28']])
    const later = checkedImport('Minutes\n\nNext meeting: 7 May 2025')
    expect(later.nodesOf('meetingDetails').map(dates)).toEqual([[null, '2025-05-07']])
  })
})
