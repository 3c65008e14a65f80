import { exportDocx } from '@minutes/export'
import { docxBomb } from '@minutes/import/testing/zipBombs'
import { describe, expect, it } from 'vitest'
import { BoundedImporter, importBounds } from './BoundedImporter'
import { ImportFailure } from './ImportFailure'
import type { ImportFile } from './importFile'

const encoder = new TextEncoder()
const textFile = (text: string, name = 'minutes.txt'): ImportFile => ({
  name,
  contentType: '',
  bytes: encoder.encode(text),
})
const wordFile = (bytes: Uint8Array, name = 'minutes.docx'): ImportFile => ({
  name,
  contentType: '',
  bytes,
})

const minutesDocx = async () =>
  new Uint8Array(
    await exportDocx({
      title: 'Riverside',
      status: 'draft',
      people: [],
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The group met on the towpath.' }] },
        ],
      },
    }),
  )

async function failureOf(attempt: Promise<unknown>): Promise<ImportFailure> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof ImportFailure)) throw new Error(`Not refused: ${String(error)}`)
  return error
}

// Each worker starts in about half a second on an idle machine; a shared one can be slower.
describe('BoundedImporter', { timeout: 60_000 }, () => {
  it('imports text, Markdown and Word documents in a worker', async () => {
    const importer = new BoundedImporter()
    const [text, markdown, word] = await Promise.all([
      importer.importFile(textFile('Present: Ana Lopez\n\nThe board met.')),
      importer.importFile(textFile('# Board\n\nThe board met.', 'board.md')),
      importer.importFile(wordFile(await minutesDocx())),
    ])
    expect(text.report.recognised.map((entry) => entry.kind)).toEqual(['attendanceList'])
    expect(markdown.content.content?.[0]).toMatchObject({ type: 'heading' })
    expect(JSON.stringify(word.content)).toContain('The group met on the towpath.')
  })

  it('refuses a zip bomb by its directory, and one whose header lies in the worker', async () => {
    const importer = new BoundedImporter()
    const bomb = await failureOf(importer.importFile(wordFile(await docxBomb(150))))
    expect(bomb.status).toBe(413)
    expect(bomb.message).toContain('expands to more than 50 MB once unpacked')
    const liar = await failureOf(importer.importFile(wordFile(await docxBomb(150, 10_000))))
    expect(liar.status).toBe(422)
    expect(liar.message).toContain('holds more than the 10,000 bytes its header declares')
  })

  it('answers 413 when a worker runs out of memory, and the next import works', async () => {
    const importer = new BoundedImporter({ ...importBounds, maxHeapMb: 32 })
    const lines = Array.from({ length: 60_000 }, (_, index) => `Item ${index}: noted.`)
    const failure = await failureOf(importer.importFile(textFile(lines.join('\n'))))
    expect(failure.status).toBe(413)
    expect(failure.message).toContain('needs more than the 32 MB of memory an import may use')
    const next = await importer.importFile(textFile('The board met.'))
    expect(next.content.content).toHaveLength(1)
  })

  it('answers 422 when a worker runs out of time', async () => {
    const importer = new BoundedImporter({ ...importBounds, timeoutMs: 1 })
    const failure = await failureOf(importer.importFile(textFile('The board met.')))
    expect(failure.status).toBe(422)
    expect(failure.message).toContain('took more than 1 seconds to read')
  })

  it('turns an import away when too many are already waiting', async () => {
    const importer = new BoundedImporter({ ...importBounds, maxConcurrent: 1, maxWaiting: 1 })
    const imports = [1, 2, 3].map((index) => importer.importFile(textFile(`Meeting ${index}.`)))
    const outcomes = await Promise.allSettled(imports)
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
    ])
    const turnedAway = await failureOf(imports[2] ?? Promise.resolve())
    expect(turnedAway.status).toBe(503)
    await expect(importer.importFile(textFile('Meeting 4.'))).resolves.toBeTruthy()
  })
})
