import { describe, expect, it } from 'vitest'
import { missingWords } from '../missingWords'
import { suggestTitle } from '../suggestTitle'
import { checkedImport } from '../testing/checkedImport'
import { maxFrontMatterLines } from './frontMatterEnd'

const markdown = { format: 'markdown' } as const

describe('frontMatterRecogniser', () => {
  it('takes the title and the meeting date from YAML front matter, the keys as syntax', () => {
    const result = checkedImport(
      [
        '---',
        'title: "Docs Working Group"',
        'date: 14 May 2025',
        '---',
        '',
        'Present: Ana Lopez, Rich Osei',
      ].join('\n'),
      markdown,
    )
    expect(result.blocks.slice(0, 2)).toEqual([
      {
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: 'Docs Working Group' }],
      },
      { type: 'meetingDetails', attrs: expect.objectContaining({ date: '2025-05-14' }) },
    ])
    expect(result.nodesOf('attendanceList')).toHaveLength(1)
    expect(result.report.recognised[0]).toEqual({
      kind: 'frontMatter',
      label: 'Docs Working Group, 2025-05-14',
      line: 1,
    })
    expect(result.report.unrecognised).toEqual([])
    expect(suggestTitle(result, 'notes.md')).toBe('Docs Working Group')
  })

  it('keeps an ISO date as written where the formatted date would drop its words', () => {
    const { blocks } = checkedImport('---\ndate: 2025-05-14\n---\nBody.', markdown)
    expect(blocks[0]?.attrs).toMatchObject({ date: '2025-05-14', dateLabel: '2025-05-14' })
  })

  it('keeps other keys, and a date that is no date, as written', () => {
    const { blocks, report } = checkedImport(
      [
        '---',
        'layout: minutes',
        '__proto__: polluted',
        'constructor: x',
        'date: next Tuesday',
        'tags:',
        '  - governance',
        'title: |',
        '---',
        'Body text.',
      ].join('\n'),
      markdown,
    )
    expect(blocks.some((block) => block.type === 'meetingDetails')).toBe(false)
    expect(blocks.some((block) => block.type === 'heading')).toBe(false)
    expect(report.unrecognised.map((line) => line.text)).toEqual([
      'layout: minutes',
      '__proto__: polluted',
      'constructor: x',
      'date: next Tuesday',
      'tags:',
      '- governance',
      'title: |',
      'Body text.',
    ])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses an impossible date as the meeting date', () => {
    const { blocks, report } = checkedImport('---\ndate: 2025-02-30\n---\nBody.', markdown)
    expect(blocks.some((block) => block.type === 'meetingDetails')).toBe(false)
    expect(report.unrecognised.map((line) => line.text)).toContain('date: 2025-02-30')
  })

  it('leaves unclosed front matter as the text it is', () => {
    const { blocks, report } = checkedImport(
      '---\ntitle: Board\ndate: 2025-05-14\n\nThe meeting opened.',
      markdown,
    )
    expect(report.recognised.map((block) => block.kind)).not.toContain('frontMatter')
    expect(blocks.some((block) => block.type === 'heading' && block.attrs?.level === 1)).toBe(false)
    // Its keys are words of the minutes, then: they must all arrive.
    expect(missingWords('---\ntitle: Board\n', 'Board')).toEqual(['title'])
  })

  it('takes front matter only where the document opens with it, and only in Markdown', () => {
    const later = checkedImport('Notes\n---\ntitle: Board\n---\n', markdown)
    expect(later.report.recognised.map((block) => block.kind)).not.toContain('frontMatter')
    const text = checkedImport('---\ntitle: Board\n---\n', { format: 'text' })
    expect(text.report.recognised.map((block) => block.kind)).not.toContain('frontMatter')
  })

  it('reads huge front matter as text, and a huge value in linear time', () => {
    const keys = Array.from({ length: maxFrontMatterLines + 1 }, (_, index) => `key${index}: v`)
    const huge = checkedImport(['---', ...keys, '---', 'Body.'].join('\n'), markdown)
    expect(huge.report.recognised.map((block) => block.kind)).not.toContain('frontMatter')

    const value = 'word '.repeat(200_000)
    const started = performance.now()
    const long = checkedImport(
      `---\ntitle: ${value}\ndate: ${'9'.repeat(100_000)}\n---\n`,
      markdown,
    )
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(long.report.recognised[0]?.kind).toBe('frontMatter')
    expect(suggestTitle(long)).toHaveLength(200)
  })
})
