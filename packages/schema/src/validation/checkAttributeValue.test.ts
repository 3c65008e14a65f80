import { describe, expect, it } from 'vitest'
import { checkAttributeValue } from './checkAttributeValue'

describe('checkAttributeValue', () => {
  it.each([
    ['recommendation', 'status', 'agreed'],
    ['recommendation', 'addressee', 'Department for Education & <Skills>'],
    ['recommendation', 'proposerId', 'p-0a1b2c3d4e5f'],
    ['recommendation', 'proposerId', null],
    ['actionItem', 'dueDate', '2025-03-12'],
    ['agendaItem', 'number', '3'],
    ['agendaItem', 'number', '3.1'],
    ['agendaItem', 'number', 'TB 25/061'],
    ['agendaItem', 'number', null],
    ['agendaItem', 'reference', 'https://github.com/org/repo/issues/151'],
    ['agendaItem', 'reference', 'papers/item-4.pdf'],
    ['agendaItem', 'reference', null],
    ['agendaItem', 'referenceLabel', '#151'],
    ['agendaItem', 'referenceLabel', 'Paper TB 25/061'],
    ['agendaItem', 'referenceLabel', null],
    ['meetingDetails', 'startTime', '09:30'],
    ['meetingDetails', 'nextDate', '2025-06-03'],
    ['meetingDetails', 'nextDate', null],
    ['attendanceList', 'kind', 'apologies'],
    ['officer', 'role', 'viceChair'],
    ['heading', 'level', 3],
    ['orderedList', 'start', 4],
    ['orderedList', 'type', 'a'],
    ['codeBlock', 'language', 'typescript'],
    ['tableCell', 'colspan', 2],
    ['tableHeader', 'colwidth', [120, 0]],
    ['tableCell', 'align', 'center'],
  ])('allows %s.%s = %j', (node, attribute, value) => {
    expect(checkAttributeValue(node, attribute, value)).toBeUndefined()
  })

  it.each([
    ['recommendation', 'status', 'proposed"><meta http-equiv="refresh" content="1;url=//evil">'],
    ['recommendation', 'status', 'Agreed'],
    ['recommendation', 'status', null],
    ['actionItem', 'status', ['open']],
    ['recommendation', 'addressee', 'x'.repeat(1001)],
    ['recommendation', 'addressee', 42],
    ['speakerSection', 'speakerId', '<script>alert(1)</script>'],
    ['speakerSection', 'speakerId', ''],
    ['actionItem', 'dueDate', '12 March 2025'],
    ['agendaItem', 'number', '3"><script>alert(1)</script>'],
    ['agendaItem', 'number', ''],
    ['agendaItem', 'number', ' 3'],
    ['agendaItem', 'number', '3.'],
    ['agendaItem', 'number', '3\n4'],
    ['agendaItem', 'number', '1'.repeat(21)],
    ['agendaItem', 'number', 3],
    ['agendaItem', 'number', ['3']],
    ['agendaItem', 'reference', 'javascript:alert(1)'],
    ['agendaItem', 'reference', 'JAVASCRIPT:alert(1)'],
    ['agendaItem', 'reference', 'java\tscript:alert(1)'],
    ['agendaItem', 'reference', '&#106;avascript:alert(1)'],
    ['agendaItem', 'reference', 'data:text/html,<script>alert(1)</script>'],
    ['agendaItem', 'reference', '//evil.example/x'],
    ['agendaItem', 'reference', `https://example.org/${'x'.repeat(5000)}`],
    ['agendaItem', 'reference', ''],
    ['agendaItem', 'reference', 151],
    ['agendaItem', 'reference', { href: 'https://example.org' }],
    ['agendaItem', 'reference', ['https://example.org']],
    ['agendaItem', 'referenceLabel', ''],
    ['agendaItem', 'referenceLabel', ' #151'],
    ['agendaItem', 'referenceLabel', '#151\n<script>'],
    ['agendaItem', 'referenceLabel', '#'.repeat(41)],
    ['agendaItem', 'referenceLabel', '\u202e#151'],
    ['agendaItem', 'referenceLabel', 151],
    ['agendaItem', 'referenceLabel', { label: '#151' }],
    ['actionItem', 'dueDate', '2025-02-30'],
    ['meetingDetails', 'endTime', '24:00'],
    ['meetingDetails', 'nextDate', '3 June 2025'],
    ['meetingDetails', 'nextDate', '2025-02-30'],
    ['meetingDetails', 'nextDate', '2025-06-03"><script>'],
    ['meetingDetails', 'nextDate', 20250603],
    ['heading', 'level', '3'],
    ['heading', 'level', 7],
    ['heading', 'level', 2.5],
    ['orderedList', 'start', Number.NaN],
    ['orderedList', 'type', 'disc'],
    ['codeBlock', 'language', 'js" onload="x'],
    ['tableCell', 'colspan', 0],
    ['tableCell', 'rowspan', 1e9],
    ['tableCell', 'colwidth', [Number.POSITIVE_INFINITY]],
    ['tableCell', 'colwidth', 120],
    ['tableCell', 'align', 'justify'],
  ])('refuses %s.%s = %j', (node, attribute, value) => {
    expect(checkAttributeValue(node, attribute, value)).toEqual(expect.any(String))
  })

  it('refuses attributes and blocks the schema does not have, prototype keys included', () => {
    expect(checkAttributeValue('recommendation', 'onclick', 'x')).toBe(
      '"recommendation" has no attribute "onclick".',
    )
    expect(checkAttributeValue('recommendation', 'constructor', 'x')).toEqual(expect.any(String))
    expect(checkAttributeValue('constructor', 'name', 'x')).toBe(
      '"constructor" is not a known block.',
    )
    expect(checkAttributeValue('__proto__', 'x', 'x')).toEqual(expect.any(String))
  })

  it('quotes what it refuses briefly, on one line', () => {
    const reason = checkAttributeValue('recommendation', 'status', `a\n${'b'.repeat(100)}`)
    expect(reason).toBe(`"a ${'b'.repeat(38)}…" is not one of proposed, agreed, noted, rejected.`)
  })
})
