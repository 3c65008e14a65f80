import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeMinutesState } from './encodeMinutesState'
import { extractSearchBlocks, listBlockIds } from './extractSearchBlocks'

function minutes(): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    encodeMinutesState(
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Evidence' }] },
          speakerSection(
            'p-ada',
            paragraph('We followed 400 households.'),
            { type: 'recommendation', content: [paragraph('Fund device lending.')] },
            { type: 'paragraph' },
          ),
          {
            type: 'questionAnswer',
            content: [
              { type: 'question', attrs: { askerId: 'p-bo' }, content: [paragraph('Why?')] },
              {
                type: 'answer',
                attrs: { speakerId: 'p-ada' },
                content: [paragraph('Because'), paragraph('of cost.')],
              },
            ],
          },
        ],
      },
      [
        { id: 'p-ada', name: 'Ada Lovell' },
        { id: 'p-bo', name: 'Bo Marsh' },
      ],
    ),
  )
  return doc
}

describe('extractSearchBlocks', () => {
  it("splits sections and questions into blocks, each with its kind and its speaker's name", () => {
    const blocks = extractSearchBlocks(minutes()).map(({ blockId, ...rest }) => rest)
    expect(blocks).toEqual([
      { kind: 'heading', speakerId: null, speakerName: null, text: 'Evidence' },
      {
        kind: 'speakerSection',
        speakerId: 'p-ada',
        speakerName: 'Ada Lovell',
        text: 'We followed 400 households.',
      },
      {
        kind: 'recommendation',
        speakerId: 'p-ada',
        speakerName: 'Ada Lovell',
        text: 'Fund device lending.',
      },
      { kind: 'question', speakerId: 'p-bo', speakerName: 'Bo Marsh', text: 'Why?' },
      { kind: 'answer', speakerId: 'p-ada', speakerName: 'Ada Lovell', text: 'Because of cost.' },
    ])
  })

  it('names each block by its Yjs id, the same in every copy, empty blocks included in the ids', () => {
    const doc = minutes()
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const ids = extractSearchBlocks(doc).map(({ blockId }) => blockId)
    expect(extractSearchBlocks(copy).map(({ blockId }) => blockId)).toEqual(ids)
    for (const id of ids) expect(id).toMatch(/^\d+-\d+$/)
    // The empty paragraph has no text to find, but it is a block of the document all the same.
    expect(listBlockIds(doc).size).toBe(ids.length + 1)
  })
})
