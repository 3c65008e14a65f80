import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { sampleMinutes } from '../testing/sampleMinutes'
import { buildRenderModel, InvalidMinutesContentError } from './buildRenderModel'
import type { Block } from './RenderModel'

const heading = (level: number, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
})
const modelOf = (...content: JSONContent[]) =>
  buildRenderModel(sampleMinutes({ content: { type: 'doc', content } }))

/** Every block in document order, nested ones after their parent. */
function flatten(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    const inner =
      'blocks' in block
        ? block.blocks
        : block.type === 'list'
          ? block.items.flat()
          : block.type === 'questionAnswer'
            ? [...block.question, ...block.answers.flatMap((answer) => answer.blocks)]
            : []
    return [block, ...flatten(inner)]
  })
}

const headingLevels = (blocks: Block[]) =>
  flatten(blocks).flatMap((block) =>
    block.type === 'heading' ||
    block.type === 'meetingHeader' ||
    block.type === 'speakerSection' ||
    block.type === 'chairSummary'
      ? [block.level]
      : block.type === 'attendance'
        ? [block.level, ...block.lists.map((list) => list.level)]
        : [],
  )

describe('buildRenderModel', () => {
  const model = buildRenderModel(sampleMinutes())

  it('takes the group and date for running headers from the minutes', () => {
    expect(model).toMatchObject({
      groupName: 'All-Party Parliamentary Group on Community Libraries',
      meetingDate: 'Tuesday 14th October 2025',
      status: 'draft',
      statusLabel: 'Draft',
      isDraft: true,
    })
    expect(buildRenderModel(sampleMinutes({ status: 'circulated' })).isDraft).toBe(true)
    expect(buildRenderModel(sampleMinutes({ status: 'published' })).isDraft).toBe(false)
  })

  it('groups consecutive officers of one role, in the plural when there are several', () => {
    const header = model.blocks[0]
    expect(header?.type === 'meetingHeader' && header.officers).toEqual([
      expect.objectContaining({
        label: 'Chair',
        people: [expect.objectContaining({ name: 'Baroness Ferris of Coldwater' })],
      }),
      expect.objectContaining({
        label: 'Vice-Chairs',
        people: [expect.anything(), expect.anything()],
      }),
      expect.objectContaining({ label: 'Clerk' }),
    ])
  })

  it('numbers recommendations, decisions and actions in document order', () => {
    const numbered = flatten(model.blocks).flatMap((block) =>
      'number' in block ? [block.number] : [],
    )
    expect(numbered).toEqual(['R1', 'R2', 'D1', 'A1'])
  })

  it('resolves people from the register, and says so when someone is missing', () => {
    const { blocks } = modelOf(speakerSection('nobody', paragraph('spoke.')))
    const section = blocks.find((block) => block.type === 'speakerSection')
    expect(section).toMatchObject({
      speaker: { id: 'nobody', name: 'Unnamed speaker', isKnown: false },
      lead: 'Unnamed speaker:',
    })
  })

  it('keeps one h1 and never skips a level, whatever levels the text asks for', () => {
    expect(headingLevels(model.blocks)).toEqual([1, 2, 3, 3, 3, 2, 2, 3, 4, 3, 2])
    const levels = headingLevels(
      modelOf(
        heading(1, 'The group'),
        heading(1, 'A second title'),
        heading(4, 'Deep'),
        speakerSection('p-tate', heading(2, 'Inside')),
        heading(6, 'After'),
      ).blocks,
    )
    expect(levels).toEqual([1, 2, 3, 2, 3, 3])
  })

  it('sets what an agenda item groups below its heading, up to the next item as high', () => {
    const item = (number: string): JSONContent => ({
      type: 'agendaItem',
      attrs: { number },
      content: [{ type: 'text', text: `Item ${number}` }],
    })
    const levels = headingLevels(
      modelOf(
        heading(1, 'The group'),
        item('1'),
        speakerSection('p-tate', heading(2, 'Inside 1')),
        item('1.1'),
        heading(4, 'Inside 1.1'),
        item('2'),
        heading(3, 'Inside 2'),
        { type: 'chairSummary', content: [paragraph('In sum.')] },
      ).blocks,
    )
    // 1, its speaker and the speaker's heading; 1.1 and its heading; 2 and its heading; summary.
    expect(levels).toEqual([1, 2, 3, 4, 3, 4, 2, 3, 2])
  })

  it('prints an item’s reference as a link after its title, and drops an unsafe one', () => {
    const { blocks } = modelOf(
      {
        type: 'agendaItem',
        attrs: { number: '3', reference: 'https://example.org/issues/151', referenceLabel: '#151' },
        content: [{ type: 'text', text: 'Release cadence' }],
      },
      {
        type: 'agendaItem',
        attrs: { number: '4', reference: 'javascript:alert(1)', referenceLabel: '#1' },
        content: [{ type: 'text', text: 'Other' }],
      },
    )
    expect(blocks.slice(1)).toEqual([
      {
        type: 'heading',
        level: 2,
        sourceLevel: 2,
        content: [
          { type: 'text', text: '3. ', marks: {} },
          { type: 'text', text: 'Release cadence', marks: {} },
          { type: 'text', text: ' ', marks: {} },
          { type: 'text', text: '#151', marks: {}, href: 'https://example.org/issues/151' },
        ],
      },
      {
        type: 'heading',
        level: 2,
        sourceLevel: 2,
        content: [
          { type: 'text', text: '4. ', marks: {} },
          { type: 'text', text: 'Other', marks: {} },
        ],
      },
    ])
  })

  it('opens with the title as h1 when the minutes open otherwise', () => {
    const { blocks } = modelOf(heading(2, 'Agenda'), paragraph('Text'))
    expect(blocks[0]).toEqual({
      type: 'heading',
      level: 1,
      sourceLevel: 1,
      content: [{ type: 'text', text: 'Community Libraries APPG — 14 October 2025', marks: {} }],
    })
    expect(blocks[1]).toMatchObject({ type: 'heading', level: 2 })
  })

  it('keeps text with marks, links only when safe, and drops empty paragraphs', () => {
    const { blocks } = modelOf(
      { type: 'paragraph' },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'bad',
            marks: [{ type: 'link', attrs: { href: 'javascript:x()' } }],
          },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: 'good',
            marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://a.example' } }],
          },
        ],
      },
    )
    expect(blocks.slice(1)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bad', marks: {} },
          { type: 'break' },
          { type: 'text', text: 'good', marks: { italic: true }, href: 'https://a.example' },
        ],
      },
    ])
  })

  it('refuses content that is not minutes', () => {
    expect(() => buildRenderModel(sampleMinutes({ content: { type: 'paragraph' } }))).toThrow(
      InvalidMinutesContentError,
    )
    expect(() => modelOf({ type: 'speakerSection', attrs: { speakerId: 'p-tate' } })).toThrow(
      /do not fit the document model/,
    )
  })

  it('sets out an action table with a number column again, the running number in it', () => {
    const action = (words: string): JSONContent => ({
      type: 'actionItem',
      attrs: {
        ownerId: null,
        dueDate: null,
        status: 'open',
        label: 'No. | Detail | Resp. | Status',
        ownerLabel: 'CF',
        dueLabel: null,
        statusLabel: null,
      },
      content: [paragraph(words)],
    })
    const { blocks } = modelOf(action('Circulate the agreement'), action('Cost the node'))
    const table = blocks.find((block) => block.type === 'table')
    const cellText = (cell: { blocks: Block[] }) =>
      cell.blocks.flatMap((block) =>
        block.type === 'paragraph'
          ? block.content.map((inline) => (inline.type === 'text' ? inline.text : ''))
          : [],
      )
    expect(table?.type === 'table' && table.rows.map((row) => row.map(cellText))).toEqual([
      [['No.'], ['Detail'], ['Resp.'], ['Status']],
      [['1'], ['Circulate the agreement'], ['CF'], ['open']],
      [['2'], ['Cost the node'], ['CF'], ['open']],
    ])
  })
})
