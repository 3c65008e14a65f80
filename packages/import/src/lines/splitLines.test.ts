import { describe, expect, it } from 'vitest'
import { splitLines } from './splitLines'

describe('splitLines', () => {
  it('numbers lines from 1 whatever the line endings', () => {
    const lines = splitLines('one\r\ntwo\rthree\nfour', 'text')
    expect(lines.map((line) => [line.number, line.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
      [4, 'four'],
    ])
  })

  it('measures indentation with tabs as four spaces and reads inner tabs as spaces', () => {
    const [line] = splitLines('\t - Present:\tAnn Lee  ', 'text')
    expect(line).toMatchObject({ indent: 5, text: '- Present: Ann Lee' })
  })

  it('drops a byte-order mark', () => {
    expect(splitLines('\uFEFFMinutes', 'text')[0]?.text).toBe('Minutes')
  })

  it('tells bullets, numbered items and rules in any format', () => {
    const shapes = splitLines('- a\n* b\n• c\n3) d\n12. e\n---\n*italic* start', 'text').map(
      (line) => line.shape,
    )
    expect(shapes).toEqual([
      { kind: 'listItem', ordered: false, number: 1, text: 'a' },
      { kind: 'listItem', ordered: false, number: 1, text: 'b' },
      { kind: 'listItem', ordered: false, number: 1, text: 'c' },
      { kind: 'listItem', ordered: true, number: 3, text: 'd' },
      { kind: 'listItem', ordered: true, number: 12, text: 'e' },
      { kind: 'rule' },
      { kind: 'text' },
    ])
  })

  it('reads # headings and > quotes only as Markdown', () => {
    const source = '## Actions\n> quoted'
    expect(splitLines(source, 'markdown').map((line) => line.shape)).toEqual([
      { kind: 'heading', level: 2, text: 'Actions' },
      { kind: 'quote', text: 'quoted' },
    ])
    expect(splitLines(source, 'text').map((line) => line.shape.kind)).toEqual(['text', 'text'])
  })
})
