import { DocxImportError } from './DocxImportError'

/** How far a Word document's archive may expand before it is refused unread. */
export interface ArchiveLimits {
  maxEntries: number
  /** The sum of every part's uncompressed size. */
  maxTotalBytes: number
  /** Parts larger than `ratioFloorBytes` may expand at most this many times over. */
  maxRatio: number
  ratioFloorBytes: number
}

// A .docx of minutes holds tens of parts and a few MB of XML and images; Word's own
// XML compresses 5 to 30 times over, while a deflate bomb reaches a thousand.
export const archiveLimits: ArchiveLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
}

/** One part of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string
  /** The name as stored, so that an archive written again names its parts the same. */
  rawName: Uint8Array
  flags: number
  method: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const endSignature = 0x06054b50
const entrySignature = 0x02014b50
const maxCommentLength = 0xffff
const isEncrypted = 0x1
const hasUtf8Name = 0x800

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`
const tooLarge = (reason: string) =>
  new DocxImportError(
    'tooLarge',
    `The Word document ${reason}, more than an import takes. Remove large images or split the minutes into several documents, save as .docx and try again.`,
  )
export const damaged = (reason: string) =>
  new DocxImportError(
    'unreadable',
    `The file could not be read as a Word document: ${reason}. Open it in Word, save it again as .docx and try again.`,
  )

/**
 * The parts of a ZIP archive, read from its central directory alone (nothing is inflated),
 * refused as `tooLarge` when their number, a declared size, their total or a part's
 * compression ratio passes `limits`, and as `unreadable` when the directory does not hold
 * together. Sizes are what the archive declares: `inflateZipEntry` holds each part to them.
 */
export function readZipDirectory(bytes: Uint8Array, limits = archiveLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEnd(view)
  if (end < 0) throw damaged('its table of contents is missing, so the file is cut short')
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw damaged('it is split over several files')
  }
  // No ZIP64: an archive within the upload's size never needs it, and its saturated counts
  // and sizes fail the checks below as what they claim to be.
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (count > limits.maxEntries) {
    throw tooLarge(
      `holds ${count.toLocaleString('en')} parts (an import takes ${limits.maxEntries.toLocaleString('en')})`,
    )
  }
  const directoryEnd = directoryOffset + directorySize
  if (directoryEnd > end) throw damaged('its table of contents points outside the file')

  const entries: ZipEntry[] = []
  const names = new Set<string>()
  let total = 0
  let offset = directoryOffset
  for (let index = 0; index < count; index++) {
    if (offset + 46 > directoryEnd || view.getUint32(offset, true) !== entrySignature) {
      throw damaged('its table of contents is damaged')
    }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const next = offset + 46 + nameLength + extraLength + commentLength
    if (next > directoryEnd) throw damaged('its table of contents is damaged')
    const flags = view.getUint16(offset + 8, true)
    const rawName = bytes.subarray(offset + 46, offset + 46 + nameLength)
    const entry: ZipEntry = {
      name: new TextDecoder(flags & hasUtf8Name ? 'utf-8' : 'latin1').decode(rawName),
      rawName,
      flags,
      method: view.getUint16(offset + 10, true),
      crc32: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    }
    offset = next

    if (flags & isEncrypted) throw damaged('it is protected by a password')
    if (entry.method !== 0 && entry.method !== 8) {
      throw damaged(`its part "${entry.name}" is compressed in a way Word does not use`)
    }
    if (names.has(entry.name)) throw damaged(`it holds the part "${entry.name}" twice`)
    names.add(entry.name)
    total += entry.uncompressedSize
    if (total > limits.maxTotalBytes) {
      throw tooLarge(`expands to more than ${megabytes(limits.maxTotalBytes)} once unpacked`)
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw tooLarge(
        `has a part ("${entry.name}") that expands ${Math.round(ratio).toLocaleString('en')} times over, to ${megabytes(entry.uncompressedSize)}`,
      )
    }
    entries.push(entry)
  }
  if (offset !== directoryEnd) throw damaged('its table of contents is damaged')
  return entries
}

/** The end-of-archive record, searched backwards past a comment of at most 64 KiB. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22
  for (let offset = last; offset >= 0 && offset >= last - maxCommentLength; offset--) {
    if (view.getUint32(offset, true) === endSignature) return offset
  }
  return -1
}
