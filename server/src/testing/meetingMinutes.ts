import type { Person } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import type { JSONContent } from '@tiptap/core'
import { encodeMinutesState } from '../documents/encodeMinutesState'

export interface MeetingOutline {
  /** yyyy-mm-dd, in the minutes' details block. */
  date?: string
  recommendations?: { text: string; addressee?: string; proposerId?: string; status?: string }[]
  actions?: { text: string; ownerId?: string; status?: string; dueDate?: string }[]
  decisions?: string[]
}

export const meetingPeople: Person[] = [
  { id: 'p-massey', name: 'Massey of Darwen', title: 'Baroness', organisation: 'House of Lords' },
  { id: 'p-clerk', name: 'Jane Clerk' },
]

/** The content of one meeting's minutes, with the blocks the registers read. */
export function meetingContent(outline: MeetingOutline): JSONContent {
  const content: JSONContent[] = []
  if (outline.date) content.push({ type: 'meetingDetails', attrs: { date: outline.date } })
  for (const { text, ...attrs } of outline.recommendations ?? []) {
    content.push({ type: 'recommendation', attrs, content: [paragraph(text)] })
  }
  for (const text of outline.decisions ?? []) {
    content.push({ type: 'decision', content: [paragraph(text)] })
  }
  for (const { text, ...attrs } of outline.actions ?? []) {
    content.push({ type: 'actionItem', attrs, content: [paragraph(text)] })
  }
  if (content.length === 0) content.push(paragraph('Nothing yet.'))
  return { type: 'doc', content }
}

/** The first update of minutes shaped by `outline`, for `createDocument`'s `initialState`. */
export function meetingState(outline: MeetingOutline): Uint8Array {
  return encodeMinutesState(meetingContent(outline), meetingPeople)
}
