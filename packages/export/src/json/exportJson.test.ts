import { describe, expect, it } from 'vitest'
import { sampleMinutes, samplePeople } from '../testing/sampleMinutes'
import { exportJson, type MinutesJson } from './exportJson'

describe('exportJson', () => {
  const exported = JSON.parse(exportJson(sampleMinutes({ status: 'circulated' }))) as MinutesJson

  it('holds the format, version, title, status, content and people register', () => {
    expect(exported).toMatchObject({
      format: 'minutes',
      version: 1,
      title: 'Community Libraries APPG — 14 October 2025',
      status: 'circulated',
      people: samplePeople,
    })
    expect(exported.content.type).toBe('doc')
    expect(exported.content.content?.map((node) => node.type)).toEqual(
      sampleMinutes().content.content?.map((node) => node.type),
    )
  })

  it('keeps safe links and unlinks the rest, keeping their text', () => {
    const json = JSON.stringify(exported.content)
    expect(json).toContain('"href":"https://example.org/report"')
    expect(json).toContain('"href":"mailto:clerk@example.org"')
    expect(json).not.toContain('javascript:')
    expect(json).toContain('"text":"click here"')
    // The bold mark beside the mailto link survives.
    expect(json).toMatch(/"text":"write to us","marks":\[\{"type":"bold"\}/)
  })

  it('refuses content that does not fit the minutes schema', () => {
    expect(() =>
      exportJson(sampleMinutes({ content: { type: 'doc', content: [{ type: 'script' }] } })),
    ).toThrow(/do not fit the document model/)
  })
})
