import { describe, expect, it } from 'vitest'
import { textOf } from '../blocks/textOf'
import { checkedImport } from '../testing/checkedImport'

describe('tableRecogniser', () => {
  it('keeps a pipe table as a table: heading cells, marks, line breaks and escaped pipes', () => {
    const { blocks, report } = checkedImport(
      [
        '| Item | Cost |',
        '|:-----|-----:|',
        '| **Hall** hire<br>two evenings | £120 |',
        '| Tea \\| coffee | £18 |',
        '',
        'The treasurer noted the costs.',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual(['table', 'paragraph'])
    const [header, first, second] = blocks[0]?.content ?? []
    expect(header?.content?.map((cell) => [cell.type, textOf(cell)])).toEqual([
      ['tableHeader', 'Item'],
      ['tableHeader', 'Cost'],
    ])
    expect(first?.content?.[0]?.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Hall', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' hire' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'two evenings' }] },
    ])
    expect(textOf(second?.content?.[0] ?? {})).toBe('Tea | coffee')
    expect(report.recognised).toEqual([{ kind: 'table', label: 'Item | Cost', line: 1 }])
  })

  it('reads a table in plain text too, and keeps short rows square', () => {
    const { blocks } = checkedImport(
      'Votes\n\n| For | Against | Abstained |\n|---|---|---|\n| 6 | 2 |',
    )
    const rows = blocks.find((block) => block.type === 'table')?.content ?? []
    expect(rows.map((row) => row.content?.map(textOf))).toEqual([
      ['For', 'Against', 'Abstained'],
      ['6', '2', ''],
    ])
  })

  it('makes the rows of an action table actions, each word of the table kept', () => {
    const { blocks, nodesOf, person, text } = checkedImport(
      [
        'Present: Priya Shah (City Council), Owen Davies',
        '',
        '| Action | Who | By | Status |',
        '| --- | --- | --- | --- |',
        '| Circulate the draft plan | Priya | 12 March 2025 | Open |',
        '| Book the hall | Owen Davies | 19/03/2025 | Complete |',
        '| Tell residents | All members | end of March | |',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'attendanceList',
      'actionItem',
      'actionItem',
      'actionItem',
    ])
    const actions = nodesOf('actionItem')
    expect(actions.map(textOf)).toEqual([
      'Circulate the draft plan',
      'Book the hall',
      'Tell residents',
    ])
    expect(person(actions[0]?.attrs?.ownerId).name).toBe('Priya Shah')
    expect(actions.map((action) => action.attrs)).toEqual([
      {
        ownerId: 'priya-shah',
        ownerLabel: null,
        dueDate: '2025-03-12',
        dueLabel: null,
        status: 'open',
        statusLabel: 'Open',
        label: 'Action | Who | By | Status',
      },
      {
        ownerId: 'owen-davies',
        ownerLabel: null,
        dueDate: '2025-03-19',
        dueLabel: '19/03/2025',
        status: 'done',
        statusLabel: 'Complete',
        label: 'Action | Who | By | Status',
      },
      {
        ownerId: null,
        ownerLabel: 'All members',
        dueDate: null,
        dueLabel: 'end of March',
        status: 'open',
        statusLabel: null,
        label: 'Action | Who | By | Status',
      },
    ])
    expect(text).toContain(
      'Action | Who | By | Status\nA1 Circulate the draft plan — Priya Shah (City Council), due 12 March 2025 (Open)',
    )
  })

  it('keeps a table with a column actions cannot hold as a table', () => {
    const { blocks } = checkedImport(
      '| Action | Owner | Notes |\n|---|---|---|\n| Book the hall | Owen | Ask for the big room |',
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual(['table'])
  })

  it('keeps a table someone presents in their section, and ends it at an action table', () => {
    const { blocks } = checkedImport(
      [
        'Owen Davies: presented the costs.',
        '',
        '| Item | Cost |',
        '|---|---|',
        '| Hall | £120 |',
        '',
        'He asked for approval.',
        '',
        '| Action | Owner |',
        '|---|---|',
        '| Pay the hall | Owen Davies |',
      ].join('\n'),
      { format: 'markdown' },
    )
    expect(blocks.map((block) => block.type)).toEqual(['speakerSection', 'actionItem'])
    expect(blocks[0]?.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'table',
      'paragraph',
    ])
    expect(blocks[1]?.attrs?.ownerId).toBe(blocks[0]?.attrs?.speakerId)
  })

  it('reads action tables with a number column and other wordings, owners by their initials', () => {
    const { nodesOf, person, text } = checkedImport(
      [
        'Present: Callum Ferris (CF), Rosa Lindqvist (RL)',
        '',
        '| No. | Detail | Resp. | Status |',
        '| --- | --- | --- | --- |',
        '| 1 | Circulate the agreement | CF | Closed |',
        '| 2 | Cost the node | RL | Ongoing |',
        '',
        '| Ref | Task | Lead | Deadline |',
        '| --- | --- | --- | --- |',
        '| TB 25/041 | Report on theatres | Rosa Lindqvist | 4 September 2025 |',
      ].join('\n'),
      { format: 'markdown' },
    )
    const actions = nodesOf('actionItem')
    expect(
      actions.map((action) => [
        person(action.attrs?.ownerId).name,
        action.attrs?.status,
        action.content?.[0]?.content?.map((inline) => inline.text).join(''),
      ]),
    ).toEqual([
      ['Callum Ferris', 'done', 'Circulate the agreement'],
      ['Rosa Lindqvist', 'inProgress', 'Cost the node'],
      ['Rosa Lindqvist', 'open', 'TB 25/041 Report on theatres'],
    ])
    expect(text).toContain('No. | Detail | Resp. | Status\n1 Circulate the agreement')
  })
})
