import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { deflatedPart, docxBomb, manyPartsZip } from '../testing/zipBombs'
import { DocxImportError } from './DocxImportError'
import { importDocx } from './importDocx'
import { archiveLimits, readZipDirectory } from './readZipDirectory'
import { repackDocx } from './repackDocx'
import { writeZip } from './writeZip'

const mebibyte = 1024 * 1024

/** The refusal `attempt` ends in, and how far the process's memory grew meanwhile. */
async function refusalOf(attempt: () => Promise<unknown>) {
  const before = process.memoryUsage().rss
  const error = await attempt().then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  const grownBy = process.memoryUsage().rss - before
  if (!(error instanceof DocxImportError)) throw new Error(`Not refused: ${String(error)}`)
  return { problem: error.problem, message: error.message, grownBy }
}

const minutesDocx = async () =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('The group met on the towpath.')] }] }),
    ),
  )

describe('a Word document that expands past the bounds', () => {
  it('is refused unread when its declared size passes the total, without inflating it', async () => {
    const bomb = await docxBomb(200)
    expect(bomb.length).toBeLessThan(300 * 1024)
    const refusal = await refusalOf(() => importDocx(bomb))
    expect(refusal).toMatchObject({ problem: 'tooLarge' })
    expect(refusal.message).toContain('expands to more than 50 MB once unpacked')
    expect(refusal.grownBy).toBeLessThan(100 * mebibyte)
  })

  it('is refused when its header lies about the size, once inflation passes the declared size', async () => {
    const liar = await docxBomb(200, 10_000)
    expect(() => readZipDirectory(liar)).not.toThrow()
    const refusal = await refusalOf(() => importDocx(liar))
    expect(refusal).toMatchObject({ problem: 'unreadable' })
    expect(refusal.message).toContain(
      'its part "word/document.xml" holds more than the 10,000 bytes its header declares',
    )
    expect(refusal.grownBy).toBeLessThan(100 * mebibyte)
  })

  it('is refused when one part expands hundreds of times over, even within the total', async () => {
    const refusal = await refusalOf(async () => importDocx(await docxBomb(20)))
    expect(refusal).toMatchObject({ problem: 'tooLarge' })
    expect(refusal.message).toMatch(/has a part \("word\/document.xml"\) that expands [\d,]+ times/)
  })

  it('is refused by its number of parts before any is read', async () => {
    const refusal = await refusalOf(async () => importDocx(manyPartsZip(100_000)))
    expect(refusal).toMatchObject({ problem: 'tooLarge' })
    expect(refusal.message).toContain('holds 65,535 parts (an import takes 2,000)')
    expect((await refusalOf(async () => importDocx(manyPartsZip(2_001)))).problem).toBe('tooLarge')
  })

  it('takes the bounds it is given', async () => {
    const docx = await minutesDocx()
    const total = readZipDirectory(docx).reduce((sum, entry) => sum + entry.uncompressedSize, 0)
    await expect(importDocx(docx, { ...archiveLimits, maxTotalBytes: total })).resolves.toBeTruthy()
    const refusal = await refusalOf(() =>
      importDocx(docx, { ...archiveLimits, maxTotalBytes: total - 1 }),
    )
    expect(refusal.problem).toBe('tooLarge')
  })
})

describe('an archive that does not hold together', () => {
  it('is refused when its end record counts fewer parts than its directory holds', async () => {
    const zip = manyPartsZip(3_000)
    const end = zip.length - 22
    new DataView(zip.buffer).setUint16(end + 8, 3, true)
    new DataView(zip.buffer).setUint16(end + 10, 3, true)
    const refusal = await refusalOf(async () => importDocx(zip))
    expect(refusal).toMatchObject({ problem: 'unreadable' })
    expect(refusal.message).toContain('its table of contents is damaged')
  })

  it('is refused when a part is altered, cut short, twice in the archive or password-protected', async () => {
    const part = deflatedPart('word/document.xml', '<w:document/>')
    const cases: [Uint8Array, string][] = [
      [writeZip([{ ...part, crc32: part.crc32 ^ 1 }]), 'its part "word/document.xml" is damaged'],
      [
        writeZip([{ ...part, uncompressedSize: part.uncompressedSize + 1 }]),
        'is not the size its header declares',
      ],
      [writeZip([part, part]), 'it holds the part "word/document.xml" twice'],
      [writeZip([{ ...part, flags: 1 }]), 'it is protected by a password'],
      [writeZip([{ ...part, method: 12 }]), 'compressed in a way Word does not use'],
      [(await minutesDocx()).slice(0, 200), 'its table of contents is missing'],
    ]
    for (const [zip, message] of cases) {
      const refusal = await refusalOf(async () => importDocx(zip))
      expect(refusal.problem, message).toBe('unreadable')
      expect(refusal.message).toContain(message)
    }
  })
})

describe('repackDocx', () => {
  it('stores every part inflated, under the same names, so the same document reads back', async () => {
    const docx = await minutesDocx()
    const repacked = repackDocx(docx)
    const before = readZipDirectory(docx)
    const after = readZipDirectory(repacked)
    expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name))
    expect(after.every((entry) => entry.method === 0)).toBe(true)
    expect(repackDocx(repacked)).toEqual(repacked)
    const result = await importDocx(repacked)
    expect(JSON.stringify(result.content)).toContain('The group met on the towpath.')
  })
})
