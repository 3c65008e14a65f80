import { inflateZipEntry } from './inflateZipEntry'
import { type ArchiveLimits, archiveLimits, readZipDirectory } from './readZipDirectory'
import { writeZip } from './writeZip'

/**
 * The Word document's archive written again with every part inflated and stored as is,
 * once each part has been checked against `limits` and inflated to no more than its
 * declared size. Mammoth reads this copy, so it never inflates anything itself and never
 * reads an archive differently from the checks.
 */
export function repackDocx(bytes: Uint8Array, limits: ArchiveLimits = archiveLimits): Buffer {
  const entries = readZipDirectory(bytes, limits)
  return writeZip(
    entries.map((entry) => ({
      rawName: entry.rawName,
      // Only the name's encoding carries over: the data is stored whole, without a descriptor.
      flags: entry.flags & 0x800,
      method: 0,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
      data: inflateZipEntry(bytes, entry),
    })),
  )
}
