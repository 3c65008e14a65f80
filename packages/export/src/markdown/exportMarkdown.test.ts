import { importMinutes } from '@minutes/import'
import { appgShapedMinutes, externalFixtureTitle } from '@minutes/import/testing/fixtures'
import { describePerson } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import { hostileScript, sampleMinutes } from '../testing/sampleMinutes'
import { structureOf } from '../testing/structureOf'
import { tabledMinutes } from '../testing/tabledMinutes'
import { exportMarkdown } from './exportMarkdown'

describe('exportMarkdown', () => {
  const markdown = exportMarkdown(sampleMinutes())
  const paragraphs = markdown.trimEnd().split('\n\n')

  it('writes the header, details and attendance as printed minutes do', () => {
    expect(paragraphs.slice(0, 16)).toEqual([
      '# All-Party Parliamentary Group on Community Libraries',
      '**Chair:** Baroness Ferris of Coldwater',
      '**Vice-Chairs:** Cara Whitlock MP, Lord Pennington of Aldwick',
      '**Clerk:** Daniel Frost',
      'Tuesday 14th October 2025',
      '2:00-3:30pm, Committee Room 9, House of Commons',
      '(booked in the name of Baroness Ferris of Coldwater)',
      'Libraries and Digital Inclusion inquiry:',
      "Oral evidence session 2: 'Getting everyone online'",
      'Next meeting: Tuesday 11th November 2025',
      '**Members in attendance:** Baroness Ferris of Coldwater, Cara Whitlock MP',
      '**Speakers:** Dr Imogen Tate (Northfield University), Siân Pritchard (Brackenhurst County Council)',
      '**Apologies:** Lord Pennington of Aldwick',
      '## 1. Welcome',
      'Baroness Ferris of Coldwater welcomed everyone to the meeting.',
      '## 2. Evidence on digital exclusion [Paper 14](https://example.org/appg/papers/digital-exclusion)',
    ])
  })

  it('runs speakers, numbers and leads into their text', () => {
    expect(paragraphs).toContain(
      '**Dr Imogen Tate (Northfield University):** explained that her team had followed 400 households for two years.',
    )
    expect(paragraphs).toContain(
      [
        '- **Recommendation R1 (agreed; to: Department for Education; proposed by: Helen Marsh (Reading Rooms Network)):** Libraries should be funded to lend devices and data.',
        '- **Recommendation R2 (proposed):** Publish which forms are hardest to complete offline.',
      ].join('\n'),
    )
    expect(paragraphs).toContain('**D1** Resolved, That the Group write to the Minister.')
    expect(paragraphs).toContain(
      '**Helen Marsh (Reading Rooms Network):** How can small rural libraries offer help?',
    )
    expect(paragraphs).toContain(
      '**Baroness Ferris of Coldwater:** summed up the meeting by drawing out key themes.',
    )
    expect(markdown).not.toContain("Chair's summary")
    expect(paragraphs).toContain(
      '**Siân Pritchard (Brackenhurst County Council):** answered that volunteers now run sessions.',
    )
    expect(paragraphs.at(-1)).toBe(
      '**A1** Write to the Minister with the recommendations — Daniel Frost, due 12 March 2025 (open)',
    )
  })

  it('writes tight lists, nested under their item', () => {
    expect(paragraphs).toContain('1. Lend devices.\n2. Fund staff time.\n   - For three years.')
  })

  it('escapes markup in the text and links only to safe targets', () => {
    expect(markdown).not.toContain(hostileScript)
    expect(markdown).toContain('\\<script>alert("minutes")\\</script>')
    expect(markdown).toContain('[the report](https://example.org/report)')
    expect(markdown).toContain('or click here or [**write to us**](mailto:clerk@example.org)')
    expect(markdown).not.toContain('javascript:')
    const tricky = exportMarkdown(
      sampleMinutes({
        content: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: '# not a heading *or* [link]' }] },
            {
              type: 'paragraph',
              content: [{ type: 'text', text: '1. not a list, snake_case ok' }],
            },
          ],
        },
      }),
    )
    expect(tricky).toContain('\\# not a heading \\*or\\* \\[link\\]')
    expect(tricky).toContain('\\1. not a list, snake_case ok')
  })

  for (const { title, source } of appgShapedMinutes()) {
    it.skipIf(source === undefined)(
      externalFixtureTitle(
        `reads back through the importer as the same minutes (${title})`,
        source,
      ),
      () => {
        const imported = importMinutes(source ?? '', { format: 'text' })
        const exported = exportMarkdown({
          title: 'APPG for Children — 6 May 2014',
          status: 'draft',
          content: imported.content,
          people: imported.people,
        })
        const reimported = importMinutes(exported, { format: 'markdown' })

        expect(structureOf(reimported.content, reimported.people)).toEqual(
          structureOf(imported.content, imported.people),
        )
        expect(reimported.people.map(describePerson).sort()).toEqual(
          imported.people.map(describePerson).sort(),
        )
      },
    )
  }

  it('writes tables as pipe tables, actions read from one as that table, and attendance notes', () => {
    const written = exportMarkdown(tabledMinutes())
    expect(written).toContain(
      '**In attendance:** Mrs Carol Dunn (Clerk), 4 members of the public\n\n| Item | Cost |\n| --- | --- |\n| **Hall** hire | £120 |\n| Tea<br>and coffee | £18 |',
    )
    expect(written).toContain(
      [
        '| Action | Who | By | Status |',
        '| --- | --- | --- | --- |',
        '| **A1** Report the pothole | Mrs Carol Dunn | 14 March 2025 | open |',
        '| **A2** Tell residents | All members | end of March | Complete |',
      ].join('\n'),
    )
    expect(written).toContain('3 March 2025\n\n7:30pm, Village Hall')
  })

  it('prints agenda items as numbered headings that read back as the same items', () => {
    const item = (number: string, title: string) => ({
      type: 'agendaItem',
      attrs: { number },
      content: [{ type: 'text', text: title }],
    })
    const numbers = ['1', '7.1', 'Item 4', 'TB 25/061']
    const written = exportMarkdown({
      title: 'Items',
      status: 'draft',
      content: {
        type: 'doc',
        content: numbers.flatMap((number) => [
          item(number, `Title of ${number}`),
          { type: 'paragraph', content: [{ type: 'text', text: 'Discussed.' }] },
        ]),
      },
      people: [],
    })
    expect(written).toContain('## 1. Title of 1\n')
    expect(written).toContain('### 7.1 Title of 7.1\n')
    const reimported = importMinutes(written, { format: 'markdown' })
    expect(
      (reimported.content.content ?? [])
        .filter((node) => node.type === 'agendaItem')
        .map((node) => [node.attrs?.number, node.content?.[0]?.text]),
    ).toEqual(numbers.map((number) => [number, `Title of ${number}`]))
  })

  it('prints an item’s reference after its title, where the importer reads it back', () => {
    const written = exportMarkdown({
      title: 'Items',
      status: 'draft',
      content: {
        type: 'doc',
        content: [
          {
            type: 'agendaItem',
            attrs: {
              number: '3',
              reference: 'https://example.org/issues/151',
              referenceLabel: '#151',
            },
            content: [{ type: 'text', text: 'Release cadence' }],
          },
        ],
      },
      people: [],
    })
    expect(written).toContain('## 3. Release cadence [#151](https://example.org/issues/151)\n')
    const blocks = importMinutes(written, { format: 'markdown' }).content.content ?? []
    expect(blocks.find((block) => block.type === 'agendaItem')).toEqual({
      type: 'agendaItem',
      attrs: { number: '3', reference: 'https://example.org/issues/151', referenceLabel: '#151' },
      content: [{ type: 'text', text: 'Release cadence' }],
    })
  })

  it('reads tables, action tables, labels and notes back as the same minutes', () => {
    const minutes = tabledMinutes()
    const reimported = importMinutes(exportMarkdown(minutes), { format: 'markdown' })
    expect(structureOf(reimported.content, reimported.people)).toEqual(
      structureOf(minutes.content, minutes.people),
    )
  })
})
