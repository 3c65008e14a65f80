import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchBlock, SearchIndex, SearchRequest } from './SearchIndex'
import { parseSearchTerms } from './searchTerms'

/** One suite every SearchIndex must pass, so the memory, SQLite and PostgreSQL ones agree. */
export function describeSearchIndex(name: string, openIndex: () => Promise<SearchIndex>) {
  describe(`${name} (SearchIndex contract)`, () => {
    let index: SearchIndex
    beforeEach(async () => {
      index = await openIndex()
    })
    afterEach(async () => {
      await index.close()
    })

    const block = (
      blockId: string,
      text: string,
      more: Partial<SearchBlock> = {},
    ): SearchBlock => ({
      blockId,
      kind: 'paragraph',
      speakerId: null,
      speakerName: null,
      text,
      ...more,
    })
    const find = async (query: string, more: Partial<SearchRequest> = {}) =>
      (
        await index.search({
          terms: parseSearchTerms(query),
          documentIds: ['a', 'b'],
          limit: 50,
          ...more,
        })
      )
        .map(({ documentId, blockId }) => `${documentId}/${blockId}`)
        .sort()

    it('keeps, rewrites and forgets blocks per document', async () => {
      await index.replaceBlocks('a', [block('1', 'one'), block('2', 'two')])
      await index.writeBlocks('a', {
        put: [block('2', 'deux'), block('3', 'three')],
        remove: ['1'],
      })
      const held = (await index.loadBlocks('a')).sort((x, y) => x.blockId.localeCompare(y.blockId))
      expect(held).toEqual([block('2', 'deux'), block('3', 'three')])
      expect(await index.listIndexedDocuments()).toEqual(new Set(['a']))
      await index.replaceBlocks('a', [block('9', 'nine', { speakerId: 'p1', speakerName: 'Ann' })])
      expect(await index.loadBlocks('a')).toEqual([
        block('9', 'nine', { speakerId: 'p1', speakerName: 'Ann' }),
      ])
      expect(await index.loadBlocks('missing')).toEqual([])
    })

    it('finds blocks holding every word, as prefixes, in the documents asked for only', async () => {
      await index.replaceBlocks('a', [
        block('1', 'Children held in police custody overnight'),
        block('2', 'The police station was closed'),
      ])
      await index.replaceBlocks('b', [block('1', 'Custody records were incomplete')])
      await index.replaceBlocks('c', [block('1', 'Police custody in another inquiry')])
      expect(await find('custody')).toEqual(['a/1', 'b/1'])
      expect(await find('police custody')).toEqual(['a/1'])
      expect(await find('cust')).toEqual(['a/1', 'b/1'])
      expect(await find('POLICE')).toEqual(['a/1', 'a/2'])
      expect(await find('custody', { documentIds: ['b'] })).toEqual(['b/1'])
      expect(await find('custody', { documentIds: [] })).toEqual([])
      expect(await find('nothing')).toEqual([])
      expect(await find('')).toEqual([])
    })

    it('filters by kind and by speaker, by id or by name in any case', async () => {
      await index.replaceBlocks('a', [
        block('1', 'We recommend training', {
          kind: 'recommendation',
          speakerId: 'p1',
          speakerName: 'Ann Lee',
        }),
        block('2', 'Training was offered', {
          kind: 'speakerSection',
          speakerId: 'p2',
          speakerName: 'Bo Li',
        }),
        block('3', 'Training in general'),
        block('4', 'Training abroad', { speakerId: 'p3', speakerName: 'Zoë Ödegård' }),
      ])
      expect(await find('training', { kind: 'recommendation' })).toEqual(['a/1'])
      expect(await find('training', { speaker: 'p2' })).toEqual(['a/2'])
      expect(await find('training', { speaker: 'ann lee' })).toEqual(['a/1'])
      expect(await find('training', { speaker: 'zoe odegard' })).toEqual(['a/4'])
      expect(await find('training', { speaker: 'ZOË ÖDEGÅRD' })).toEqual(['a/4'])
      expect(await find('training', { speaker: 'Nobody' })).toEqual([])
      expect(await find('training', { kind: 'decision' })).toEqual([])
    })

    it('follows edits: changed text is found under its new words only, removed blocks not at all', async () => {
      await index.replaceBlocks('a', [block('1', 'draft wording'), block('2', 'kept wording')])
      await index.writeBlocks('a', { put: [block('1', 'final phrasing')], remove: ['2'] })
      expect(await find('draft')).toEqual([])
      expect(await find('wording')).toEqual([])
      expect(await find('phrasing')).toEqual(['a/1'])
    })

    it('treats query syntax and odd input as plain words, never as an error', async () => {
      await index.replaceBlocks('a', [
        block('1', 'Officers near the door or the window'),
        block('2', 'Café culture and naïve résumés — 警察 の 記録'),
      ])
      for (const hostile of [
        '"',
        '""',
        '*',
        'NEAR(',
        'NEAR(a b',
        'OR',
        'AND NOT',
        "'; DROP TABLE search_blocks; --",
        ':* & | !',
        '(((',
        '^near',
        'column:text',
        '\u0000',
        '🙂',
        'x'.repeat(400),
      ]) {
        await expect(find(hostile)).resolves.toBeInstanceOf(Array)
      }
      expect(await find('NEAR(')).toEqual(['a/1'])
      expect(await find('"or" OR')).toEqual(['a/1'])
      expect(await find('cafe')).toEqual(['a/2'])
      expect(await find('NAÏVE résumé')).toEqual(['a/2'])
      expect(await find('警察')).toEqual(['a/2'])
      expect(await index.loadBlocks('a')).toHaveLength(2)
    })
  })
}
