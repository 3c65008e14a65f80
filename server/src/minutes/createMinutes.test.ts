import { archiveLimits } from '@minutes/import'
import { describe, expect, it } from 'vitest'
import { demoTitle, readDemoMinutes } from '../documents/demo/readDemoMinutes'
import { InvalidMinutesError } from '../documents/encodeMinutesState'
import { ImportFailure } from '../imports/ImportFailure'
import { type ImportFile, importFile } from '../imports/importFile'
import { silentLogger } from '../logger'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { createFromImport } from './createFromImport'
import { createMinutes } from './createMinutes'
import { readImport } from './readImport'
import { seedDemoMinutes } from './seedDemoMinutes'

/** The importer's own reading, in this thread: the worker around it has tests of its own. */
const inThread = { importFile: (file: ImportFile) => importFile(file, archiveLimits) }
const textFile = (text: string, name = 'minutes.txt'): ImportFile => ({
  name,
  contentType: 'text/plain',
  bytes: new TextEncoder().encode(text),
})

describe('creating minutes', () => {
  it('names untitled minutes, and keeps a given title', async () => {
    const store = new MemoryDocumentStore()
    const untitled = await createMinutes(store, { title: undefined })
    const named = await createMinutes(store, { title: 'Board' })
    expect((await store.getDocument(untitled.id))?.title).toBe('Untitled minutes')
    expect((await store.getDocument(named.id))?.title).toBe('Board')
    expect(await store.loadUpdates(named.id)).toEqual([])
  })

  it('stores imported content as the first update, and nothing when it does not fit', async () => {
    const store = new MemoryDocumentStore()
    const { id } = await createMinutes(store, { title: 'Demo', imported: readDemoMinutes() })
    expect(await store.loadUpdates(id)).toHaveLength(1)

    const unfit = { content: { type: 'doc', content: [{ type: 'noSuchNode' }] }, people: [] }
    await expect(createMinutes(store, { title: 'Bad', imported: unfit })).rejects.toThrow(
      InvalidMinutesError,
    )
    expect(await store.listDocuments()).toHaveLength(1)
  })

  it('titles an import as given, else from the minutes, else from the file name', async () => {
    const minutes = 'Community Libraries APPG\n\nSome words.'
    const given = await readImport(inThread, { file: textFile(minutes), title: 'Mine' })
    expect(given.title).toBe('Mine')
    const fromFile = await readImport(inThread, {
      file: textFile('Some words.', 'C:\\minutes\\Board 3 March.txt'),
      title: undefined,
    })
    expect(fromFile.title).toBe('Board 3 March')
  })

  it('creates nothing from a file that cannot be imported', async () => {
    const store = new MemoryDocumentStore()
    const upload = { file: textFile('   '), title: undefined }
    await expect(createFromImport(store, inThread, upload)).rejects.toThrow(ImportFailure)
    expect(await store.listDocuments()).toEqual([])

    const created = await createFromImport(store, inThread, {
      file: textFile('Some words.'),
      title: 'Board',
    })
    expect(created).toMatchObject({ title: 'Board', report: { recognised: [] } })
    expect(await store.getDocument(created.id)).toMatchObject({ title: 'Board' })
  })

  it('seeds the demo minutes once, only in an empty store', async () => {
    const store = new MemoryDocumentStore()
    await seedDemoMinutes(store, silentLogger)
    await seedDemoMinutes(store, silentLogger)
    const documents = await store.listDocuments()
    expect(documents).toHaveLength(1)
    expect(documents[0]?.title).toBe(demoTitle)
    expect(await store.loadUpdates(documents[0]!.id)).toHaveLength(1)
  })
})
