import { PEOPLE_MAP_NAME, type Person } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createDemoState, readDemoMinutes } from './readDemoMinutes'

describe('the demo minutes', () => {
  it('come through the importer with every line recognised but the free paragraphs', () => {
    const { report } = readDemoMinutes()
    const kinds = new Set(report.recognised.map(({ kind }) => kind))
    for (const kind of ['meetingHeader', 'meetingDetails', 'attendanceList', 'speakerSection']) {
      expect(kinds).toContain(kind)
    }
    expect(report.unrecognised.map(({ text }) => text)).toEqual([
      expect.stringMatching(/^There was a meeting/),
      expect.stringMatching(/^This was the second evidence session/),
      'Ruth Adebayo MP welcomed everyone to the meeting.',
    ])
  })

  it('hold speaker sections bound to people in the register, recommendations and answers', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, createDemoState())
    const people = doc.getMap<Person>(PEOPLE_MAP_NAME)
    const blocks = doc.getXmlFragment('default').toArray() as Y.XmlElement[]
    const sections = blocks.filter((block) => block.nodeName === 'speakerSection')

    expect(
      sections.map((section) => people.get(String(section.getAttribute('speakerId')))?.name),
    ).toEqual(['Imogen Tate', 'Marcus Oyelaran', 'Siân Pritchard'])
    const recommendations = sections.flatMap((section) =>
      section.toArray().filter((child) => (child as Y.XmlElement).nodeName === 'recommendation'),
    )
    expect(recommendations).toHaveLength(3)
    const questions = blocks.filter((block) => block.nodeName === 'questionAnswer')
    expect(questions.map((question) => question.length)).toEqual([3, 2])
  })
})
