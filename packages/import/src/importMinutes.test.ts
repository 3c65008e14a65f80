import { describe, expect, it } from 'vitest'
import { importMinutes } from './importMinutes'
import { checkedImport } from './testing/checkedImport'

describe('importMinutes', () => {
  it('gives an empty but valid document for empty input, and recognises nothing', () => {
    for (const source of ['', '   \n\t\n\r\n']) {
      const { content, people, report } = checkedImport(source)
      expect(content).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
      expect(people).toEqual([])
      expect(report).toMatchObject({ recognised: [], unrecognised: [] })
      expect(Object.values(report.counts)).toEqual([0, 0, 0, 0, 0, 0, 0])
    }
  })

  it('lists what no recogniser took, by line, and keeps it as plain blocks', () => {
    const { blocks, report } = checkedImport('Opening words.\n\nPresent: Ann Lee\n\nClosing words.')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'attendanceList', 'paragraph'])
    expect(report.unrecognised).toEqual([
      { line: 1, text: 'Opening words.' },
      { line: 5, text: 'Closing words.' },
    ])
    expect(report.recognised).toEqual([{ kind: 'attendanceList', label: 'Present (1)', line: 3 }])
  })

  it('reads CRLF and tab-indented minutes as it reads LF ones', () => {
    const unix =
      'Present: Ann Lee, Bob Stone\n\nAnn Lee: said the plan works.\n- first\n\t- nested\n'
    const windows = unix.replace(/\n/g, '\r\n')
    expect(checkedImport(windows).content).toEqual(checkedImport(unix).content)
    expect(checkedImport(windows).nodesOf('bulletList')).toHaveLength(2)
  })

  it('keeps a very long line whole', () => {
    const sentence = 'The committee discussed the budget at length and **agreed** nothing. '.repeat(
      5_000,
    )
    const { blocks } = checkedImport(`Present: Ann Lee\n\nAnn Lee: said ${sentence}`)
    expect(blocks[1]?.type).toBe('speakerSection')
    const texts = blocks[1]?.content?.[0]?.content ?? []
    expect(texts.filter((node) => node.marks?.[0]?.type === 'bold')).toHaveLength(5_000)
  })

  it('imports 5,000 lines of minutes, every section in place', () => {
    const lines = ['Present: Ann Lee, Bob Stone', '']
    for (let index = 0; index < 1_250; index++) {
      lines.push(
        index % 2 ? `Ann Lee: said point ${index}.` : `Bob Stone: explained point ${index}.`,
      )
      lines.push(`- detail ${index}`, `Topic ${index}`, '- more')
    }
    const { nodesOf } = checkedImport(lines.join('\n'))
    expect(lines.length).toBeGreaterThanOrEqual(5_000)
    expect(nodesOf('speakerSection')).toHaveLength(1_250)
  })

  it('reads Markdown only when asked', () => {
    const source = '# Actions\n\nAction: Ann Lee to write by 1 May 2025'
    expect(importMinutes(source, { format: 'markdown' }).content.content?.[0]?.type).toBe('heading')
    expect(importMinutes(source).report.unrecognised[0]?.text).toBe('# Actions')
  })

  it('reads hostile lines that the newer shapes look at in linear time', () => {
    const lines = [
      `ACTION: ${' '.repeat(100_000)}(@x`,
      `Priyanka ${'– '.repeat(50_000)}`,
      `## Present${' '.repeat(50_000)}`,
      `- [ ] ${'(@a) '.repeat(20_000)}`,
      `TB 25/061 ${'Item '.repeat(20_000)}`,
      `The motion ${'was '.repeat(30_000)}carried`,
      `Apologies were received from ${'A, '.repeat(10_000)}`,
    ]
    const started = performance.now()
    for (const line of lines) {
      importMinutes(`Present: Priyanka Nair\n\n## Actions\n\n${line}`, { format: 'markdown' })
    }
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
