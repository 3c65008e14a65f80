import { describe, expect, it } from 'vitest'
import { evidenceSessionDetails } from '../testing/evidenceSessionDetails'
import { noMeetingDetails } from '../testing/noMeetingDetails'
import {
  describeMeetingDetails,
  formatMeetingDate,
  formatTimeRange,
} from './describeMeetingDetails'

const noDetails = noMeetingDetails()

describe('formatMeetingDate', () => {
  it('writes an ISO date the way minutes do', () => {
    expect(formatMeetingDate('2014-05-06')).toBe('Tuesday 6th May 2014')
  })

  it.each([
    ['2024-01-01', 'Monday 1st January 2024'],
    ['2024-02-02', 'Friday 2nd February 2024'],
    ['2024-03-03', 'Sunday 3rd March 2024'],
    ['2024-04-04', 'Thursday 4th April 2024'],
    ['2024-11-11', 'Monday 11th November 2024'],
    ['2024-12-12', 'Thursday 12th December 2024'],
    ['2024-06-13', 'Thursday 13th June 2024'],
    ['2024-07-21', 'Sunday 21st July 2024'],
    ['2024-08-22', 'Thursday 22nd August 2024'],
    ['2024-09-23', 'Monday 23rd September 2024'],
    ['2024-10-30', 'Wednesday 30th October 2024'],
    ['2024-12-31', 'Tuesday 31st December 2024'],
    ['2024-02-29', 'Thursday 29th February 2024'],
  ])('writes %s as %s', (isoDate, written) => {
    expect(formatMeetingDate(isoDate)).toBe(written)
  })

  it.each(['6 May 2014', '2014-5-6', '06/05/2014', 'next Tuesday', ''])(
    'shows %j, which is not an ISO date, as it is',
    (text) => {
      expect(formatMeetingDate(text)).toBe(text)
    },
  )

  it.each(['2014-13-06', '2014-02-30', '2014-00-10', '2014-05-00'])(
    'shows %s, shaped like an ISO date but no real day, as it is',
    (text) => {
      expect(formatMeetingDate(text)).toBe(text)
    },
  )
})

describe('formatTimeRange', () => {
  it.each([
    ['16:30', '18:15', '4:30-6:15pm'],
    ['11:30', '12:15', '11:30am-12:15pm'],
    ['09:00', '10:30', '9:00-10:30am'],
    ['12:00', '13:05', '12:00-1:05pm'],
    ['00:15', '01:00', '12:15-1:00am'],
    ['10:00', '23:59', '10:00am-11:59pm'],
  ])('writes %s to %s as %s', (start, end, written) => {
    expect(formatTimeRange(start, end)).toBe(written)
  })

  it('writes a start without an end as a single time', () => {
    expect(formatTimeRange('16:30', null)).toBe('4:30pm')
    expect(formatTimeRange('9:05', null)).toBe('9:05am')
  })

  it('writes an end without a start as "until"', () => {
    expect(formatTimeRange(null, '18:15')).toBe('until 6:15pm')
  })

  it('writes nothing when both times are missing', () => {
    expect(formatTimeRange(null, null)).toBe('')
    expect(formatTimeRange('', '')).toBe('')
  })
})

describe('describeMeetingDetails', () => {
  it('gives the lines printed minutes show, in order', () => {
    expect(describeMeetingDetails(evidenceSessionDetails())).toEqual([
      'Tuesday 6th May 2014',
      '4:30-6:15pm, Committee Room 4A, House of Lords',
      '(booked in the name of Baroness Massey of Darwen)',
      'Inquiry into the educational attainment of looked after children',
      "Oral evidence session 2: 'Virtual school heads'",
      'Next meeting: Tuesday 20th May 2014',
    ])
  })

  it('gives no lines when nothing is known', () => {
    expect(describeMeetingDetails(noDetails)).toEqual([])
  })

  it('leaves out each missing value without leaving gaps or stray separators', () => {
    expect(describeMeetingDetails({ ...noDetails, place: 'Room 1' })).toEqual(['Room 1'])
    expect(describeMeetingDetails({ ...noDetails, startTime: '11:30', endTime: '12:15' })).toEqual([
      '11:30am-12:15pm',
    ])
    expect(describeMeetingDetails({ ...noDetails, date: '2014-05-06', place: 'Room 1' })).toEqual([
      'Tuesday 6th May 2014',
      'Room 1',
    ])
  })

  it('shows a date that is not ISO as it is', () => {
    expect(describeMeetingDetails({ ...noDetails, date: 'Spring term 2014' })).toEqual([
      'Spring term 2014',
    ])
  })

  it('calls a numbered session "Session" unless the minutes name it otherwise', () => {
    expect(describeMeetingDetails({ ...noDetails, sessionNumber: '3' })).toEqual(['Session 3'])
    expect(
      describeMeetingDetails({ ...noDetails, sessionNumber: '3', sessionTitle: 'Funding' }),
    ).toEqual(["Session 3: 'Funding'"])
    expect(describeMeetingDetails({ ...noDetails, sessionTitle: 'Funding' })).toEqual(["'Funding'"])
    expect(
      describeMeetingDetails({
        ...noDetails,
        sessionLabel: 'Round table',
        sessionTitle: 'Funding',
      }),
    ).toEqual(["Round table: 'Funding'"])
  })

  it('ends with the next meeting, its date written as minutes write dates', () => {
    expect(
      describeMeetingDetails({ ...noDetails, date: '2025-05-12', nextDate: '2025-06-09' }),
    ).toEqual(['Monday 12th May 2025', 'Next meeting: Monday 9th June 2025'])
    expect(describeMeetingDetails({ ...noDetails, nextDate: '2025-06-09' })).toEqual([
      'Next meeting: Monday 9th June 2025',
    ])
  })
})
