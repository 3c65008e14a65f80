// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { ImportReportView } from './ImportReportView'

const mounted = mountReact()

const report = {
  counts: {
    attendees: 3,
    apologies: 1,
    agendaItems: 1,
    speakerSections: 1,
    recommendations: 0,
    decisions: 0,
    actions: 1,
  },
  recognised: [
    { kind: 'attendanceList' as const, label: 'Present', line: 1 },
    { kind: 'agendaItem' as const, label: '1. Welcome', line: 4 },
    { kind: 'speakerSection' as const, label: '<b>Ada</b> Byron', line: 6 },
  ],
  unrecognised: [{ line: 8, text: 'Tea and biscuits' }],
}

describe('ImportReportView', () => {
  it('names each count and each part in landmarks a screen reader can reach', () => {
    mounted.render(<ImportReportView report={report} fileName="minutes.md" />)
    const { container } = mounted
    const counts = [...container.querySelectorAll('dl div')].map(
      (row) => `${row.querySelector('dt')?.textContent}=${row.querySelector('dd')?.textContent}`,
    )
    expect(counts).toContain('Attendees=3')
    expect(counts).toContain('Actions=1')
    expect(counts).toHaveLength(7)

    const outline = container.querySelector('section section')
    expect(outline?.getAttribute('tabindex')).toBe('0')
    const labelledBy = outline?.getAttribute('aria-labelledby') ?? ''
    expect(container.querySelector(`[id="${labelledBy}"]`)?.textContent).toBe(
      'The minutes as they will read: 1 line stays plain text',
    )
    const entries = [...(outline?.querySelectorAll('li') ?? [])]
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Line 1 Attendance list Present',
      'Line 4 Agenda item 1. Welcome',
      'Line 6 Speaker <b>Ada</b> Byron',
      'Line 8 Plain text Tea and biscuits',
    ])
    // Labels are text, never markup.
    expect(outline?.querySelector('b')).toBeNull()
    expect(entries.map((entry) => entry.dataset.inItem)).toEqual(['false', 'false', 'true', 'true'])
  })

  it('says when every line was recognised', () => {
    mounted.render(
      <ImportReportView report={{ ...report, unrecognised: [] }} fileName="minutes.md" />,
    )
    expect(mounted.container.textContent).toContain(': every line was recognised')
  })
})
