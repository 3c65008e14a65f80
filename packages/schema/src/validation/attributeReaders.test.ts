import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { readActionItemAttributes } from '../action-item/ActionItem'
import { readAgendaItemAttributes } from '../agenda-item/AgendaItem'
import { readAttendanceListAttributes, readAttendeeAttributes } from '../attendance/AttendanceList'
import { readChairSummaryAttributes } from '../chair-summary/ChairSummary'
import { readMeetingDetailsAttributes } from '../meeting-details/MeetingDetails'
import { readOfficerAttributes } from '../meeting-header/MeetingHeader'
import { minutesExtensions } from '../minutesExtensions'
import { readAnswerAttributes, readQuestionAttributes } from '../question-answer/QuestionAnswer'
import { readRecommendationAttributes } from '../recommendation/Recommendation'
import { readSpeakerSectionAttributes } from '../speaker-section/SpeakerSection'
import type { WithAttributes } from './attributeReaders'
import {
  readHeadingAttributes,
  readOrderedListAttributes,
  readTableCellAttributes,
} from './readStandardAttributes'

const schema = getSchema(minutesExtensions())

const readers: Record<string, (node: WithAttributes) => object> = {
  actionItem: readActionItemAttributes,
  agendaItem: readAgendaItemAttributes,
  attendanceList: readAttendanceListAttributes,
  attendee: readAttendeeAttributes,
  chairSummary: readChairSummaryAttributes,
  meetingDetails: readMeetingDetailsAttributes,
  officer: readOfficerAttributes,
  question: readQuestionAttributes,
  answer: readAnswerAttributes,
  recommendation: readRecommendationAttributes,
  speakerSection: readSpeakerSectionAttributes,
  heading: readHeadingAttributes,
  orderedList: readOrderedListAttributes,
  tableCell: readTableCellAttributes,
  tableHeader: readTableCellAttributes,
}

describe('the attribute readers', () => {
  it("read a new block's attributes as the schema's defaults", () => {
    for (const [name, read] of Object.entries(readers)) {
      const type = schema.nodes[name]
      expect(type, name).toBeDefined()
      const defaults = Object.fromEntries(
        Object.entries(type?.spec.attrs ?? {}).map(([key, spec]) => [key, spec.default]),
      )
      // Every attribute a reader gives is one the schema has, with the schema's default.
      expect(defaults, name).toMatchObject(read({ attrs: defaults }))
      // JSON that leaves the attributes out reads the same.
      expect(read({}), name).toEqual(read({ attrs: defaults }))
    }
  })

  it('give a value its check refuses as the default, never as it came', () => {
    const forged = {
      attrs: {
        status: 'done"><script>',
        ownerId: 'not an id!',
        dueDate: '2025-02-30',
        label: 42,
        ownerLabel: 'x'.repeat(1001),
        dueLabel: null,
        statusLabel: 'Closed',
      },
    }
    expect(readActionItemAttributes(forged)).toEqual({
      ownerId: null,
      dueDate: null,
      status: 'open',
      label: null,
      ownerLabel: null,
      dueLabel: null,
      statusLabel: 'Closed',
    })
    expect(readTableCellAttributes({ attrs: { colspan: '2', rowspan: 1.5 } })).toEqual({
      colspan: 1,
      rowspan: 1,
    })
    expect(readHeadingAttributes({ attrs: { level: 7 } })).toEqual({ level: 1 })
    expect(readOrderedListAttributes({ attrs: { start: -3 } })).toEqual({ start: 1 })
    expect(readOfficerAttributes({ attrs: { role: '__proto__', personId: 'p-1' } })).toEqual({
      role: 'chair',
      personId: 'p-1',
      label: null,
    })
  })

  it('give a valid value as it is, typed', () => {
    expect(
      readRecommendationAttributes({
        attrs: { status: 'agreed', addressee: 'Department for Education', proposerId: 'p-tate' },
      }),
    ).toEqual({ status: 'agreed', addressee: 'Department for Education', proposerId: 'p-tate' })
    expect(readHeadingAttributes({ attrs: { level: 3 } })).toEqual({ level: 3 })
    expect(readOrderedListAttributes({ attrs: { start: 0 } })).toEqual({ start: 0 })
    expect(readMeetingDetailsAttributes({ attrs: { date: '2025-10-14' } }).date).toBe('2025-10-14')
  })
})
