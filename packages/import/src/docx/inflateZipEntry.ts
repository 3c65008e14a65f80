import { crc32, inflateRawSync } from 'node:zlib'
import { damaged, type ZipEntry } from './readZipDirectory'

const localSignature = 0x04034b50

/**
 * One part of the archive, inflated, holding exactly the bytes its directory entry declares.
 * Inflation stops as soon as the output passes the declared size, so a header that lies
 * about the size costs no more than the size it declared; a short or altered part is
 * refused too (the size or checksum differs).
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const local = entry.localHeaderOffset
  if (local + 30 > bytes.length || view.getUint32(local, true) !== localSignature) {
    throw damaged(`its part "${entry.name}" is missing`)
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw damaged(`its part "${entry.name}" is cut short`)
  const stored = bytes.subarray(start, end)

  let data: Buffer
  if (entry.method === 0) data = Buffer.from(stored)
  else {
    try {
      data = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
    } catch (error) {
      const isPastSize = error instanceof RangeError
      throw damaged(
        isPastSize
          ? `its part "${entry.name}" holds more than the ${entry.uncompressedSize.toLocaleString('en')} bytes its header declares`
          : `its part "${entry.name}" is damaged`,
      )
    }
  }
  if (data.length !== entry.uncompressedSize) {
    throw damaged(`its part "${entry.name}" is not the size its header declares`)
  }
  if (crc32(data) !== entry.crc32) throw damaged(`its part "${entry.name}" is damaged`)
  return data
}
