/**
 * Full-text search on generated minutes: search latency (p50/p95) through the same path as
 * `GET /api/search` (store candidates, ranking, snippets), the cost of indexing a document the
 * first time, and the cost of an edit: one changed block written (what the indexer does after a
 * keystroke burst) beside the whole document indexed again. SQLite FTS5, and PostgreSQL unless
 * BENCH_SEARCH_POSTGRES=off. BENCH_SEARCH_DOCUMENTS (1000) and BENCH_SEARCH_WORDS (1500) size it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { loadConfig, type ServerConfig } from '../server/src/config'
import {
  extractBlocksOf,
  extractSearchBlocks,
  readSpeakerNames,
  topLevelNodesOf,
} from '../server/src/documents/extractSearchBlocks'
import { SearchIndexer } from '../server/src/documents/SearchIndexer'
import { silentLogger } from '../server/src/logger'
import { searchMinutes } from '../server/src/minutes/searchMinutes'
import { openStores } from '../server/src/openStores'
import type { DocumentMeta } from '../server/src/persistence/DocumentStore'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../server/src/testing/postgresTestSchema'
import { generateMinutesText } from './generateMinutesText'
import { type Percentiles, percentiles } from './measure'

const documentCount = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 1000)
const wordsPerDocument = Number(process.env.BENCH_SEARCH_WORDS ?? 1500)
const queryCount = 200
const editCount = 200
const schema = getSchema(minutesExtensions())

/** Generated minutes as speaker sections of paragraphs, each document its own text. */
function generateDocument(index: number): Y.Doc {
  const lines = generateMinutesText(wordsPerDocument + index)
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim())
    .filter((line) => line !== '')
  const content: JSONContent[] = []
  for (let start = 0; start < lines.length; start += 6) {
    content.push({
      type: 'speakerSection',
      attrs: { speakerId: `p-${(start / 6) % 12}` },
      content: lines
        .slice(start, start + 6)
        .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    })
  }
  return prosemirrorJSONToYDoc(schema, { type: 'doc', content }, CONTENT_FRAGMENT_NAME)
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return (performance.now() - started) * 1000
}

const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

async function measure(name: string, env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-search-'))
  const config: ServerConfig = { ...loadConfig(env), dataDir, seedDemo: false }
  const { store, searchIndex } = await openStores(config, silentLogger)
  const indexer = new SearchIndexer(searchIndex, store, { delayMs: 0, logger: silentLogger })
  const random = seeded(7)
  const docs: Y.Doc[] = []
  const metas: DocumentMeta[] = []
  const words = new Set<string>()
  try {
    for (let index = 0; index < documentCount; index++) {
      const doc = generateDocument(index)
      docs.push(doc)
      metas.push(
        await store.createDocument({
          id: `bench-${index}`,
          title: `Generated minutes ${index}`,
          initialState: Y.encodeStateAsUpdate(doc),
        }),
      )
      if (index < 20) {
        for (const block of extractSearchBlocks(doc)) {
          for (const word of block.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(word)
        }
      }
    }
    const firstIndex = await timeAsync(() => indexer.ensureIndexed(metas.map(({ id }) => id)))

    const vocabulary = [...words]
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'meeting'
    const queries = Array.from({ length: queryCount }, (_, index) =>
      index % 3 === 0 ? pick() : index % 3 === 1 ? `${pick()} ${pick()}` : pick().slice(0, 4),
    )
    await searchMinutes({ index: searchIndex, indexer }, metas, { q: queries[0] })
    const searchTimes: number[] = []
    let resultCount = 0
    for (const q of queries) {
      searchTimes.push(
        await timeAsync(async () => {
          const { results } = await searchMinutes({ index: searchIndex, indexer }, metas, { q })
          resultCount += results.length
        }),
      )
    }

    const oneBlock: number[] = []
    const wholeDocument: number[] = []
    for (let edit = 0; edit < editCount; edit++) {
      const index = Math.floor(random() * documentCount)
      const doc = docs[index] as Y.Doc
      const nodes = topLevelNodesOf(doc)
      const section = nodes[Math.floor(random() * nodes.length)] as Y.XmlElement
      const text = (section.get(0) as Y.XmlElement).get(0) as Y.XmlText
      text.insert(0, `edited${edit} `)
      const id = `bench-${index}`
      oneBlock.push(
        await timeAsync(async () => {
          const [changed] = extractBlocksOf(section, readSpeakerNames(doc))
          await searchIndex.writeBlocks(id, { put: changed ? [changed] : [], remove: [] })
        }),
      )
      wholeDocument.push(
        await timeAsync(() => searchIndex.replaceBlocks(id, extractSearchBlocks(doc))),
      )
    }
    const blocksPerDocument = extractSearchBlocks(docs[0] as Y.Doc).length
    return {
      name,
      rows: {
        [`search (${queryCount} queries, ${(resultCount / queryCount).toFixed(0)} results avg)`]:
          percentiles(searchTimes),
        'edit: the one changed block written': percentiles(oneBlock),
        [`edit: the whole document again (${blocksPerDocument} blocks)`]:
          percentiles(wholeDocument),
      },
      firstIndexPerDocument: firstIndex / documentCount,
    }
  } finally {
    await store.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

function print(result: Awaited<ReturnType<typeof measure>>) {
  console.log(
    `\n${result.name}: ${documentCount} documents of about ${wordsPerDocument} words; first indexing ${(result.firstIndexPerDocument / 1000).toFixed(2)} ms a document`,
  )
  console.log(`${'what'.padEnd(58)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}`)
  for (const [what, { p50, p95 }] of Object.entries(result.rows) as [string, Percentiles][]) {
    console.log(
      `${what.padEnd(58)}${(p50 / 1000).toFixed(2).padStart(10)}${(p95 / 1000).toFixed(2).padStart(10)}`,
    )
  }
}

print(await measure('SQLite FTS5', {}))
if (process.env.BENCH_SEARCH_POSTGRES !== 'off') {
  const pgSchema = createTestSchemaName()
  try {
    print(
      await measure('PostgreSQL tsvector + GIN', {
        DATABASE_URL: testDatabaseUrl,
        MINUTES_DATABASE_SCHEMA: pgSchema,
      }),
    )
  } finally {
    await dropTestSchema(pgSchema)
  }
}
