/** A part to write: `data` as it is to be stored, compressed already when `method` is 8. */
export interface ZipPart {
  rawName: Uint8Array
  flags: number
  method: number
  crc32: number
  uncompressedSize: number
  data: Uint8Array
}

/** A ZIP archive (no ZIP64) holding `parts` in order, each declared as given. */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const localSize = parts.reduce(
    (sum, part) => sum + 30 + part.rawName.length + part.data.length,
    0,
  )
  const directorySize = parts.reduce((sum, part) => sum + 46 + part.rawName.length, 0)
  const out = Buffer.alloc(localSize + directorySize + 22)
  let offset = 0
  const offsets = parts.map((part) => {
    const local = offset
    offset = out.writeUInt32LE(0x04034b50, offset)
    offset = out.writeUInt16LE(20, offset)
    offset = writeCommon(out, offset, part)
    offset = out.writeUInt16LE(0, offset)
    offset += Buffer.from(part.rawName).copy(out, offset)
    offset += Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength).copy(
      out,
      offset,
    )
    return local
  })
  const directoryOffset = offset
  parts.forEach((part, index) => {
    offset = out.writeUInt32LE(0x02014b50, offset)
    offset = out.writeUInt16LE(20, offset)
    offset = out.writeUInt16LE(20, offset)
    offset = writeCommon(out, offset, part)
    offset = out.writeUInt16LE(0, offset) // extra field
    offset = out.writeUInt16LE(0, offset) // comment
    offset = out.writeUInt16LE(0, offset) // disk
    offset = out.writeUInt16LE(0, offset) // internal attributes
    offset = out.writeUInt32LE(0, offset) // external attributes
    offset = out.writeUInt32LE(offsets[index] ?? 0, offset)
    offset += Buffer.from(part.rawName).copy(out, offset)
  })
  const count = Math.min(parts.length, 0xffff)
  offset = out.writeUInt32LE(0x06054b50, offset)
  offset = out.writeUInt32LE(0, offset) // this disk, and the directory's
  offset = out.writeUInt16LE(count, offset)
  offset = out.writeUInt16LE(count, offset)
  offset = out.writeUInt32LE(directorySize, offset)
  out.writeUInt32LE(directoryOffset, offset)
  return out
}

/** The fields local headers and directory entries share, up to the name's length. */
function writeCommon(out: Buffer, start: number, part: ZipPart): number {
  let offset = out.writeUInt16LE(part.flags, start)
  offset = out.writeUInt16LE(part.method, offset)
  offset = out.writeUInt32LE(0, offset) // time and date
  offset = out.writeUInt32LE(part.crc32, offset)
  offset = out.writeUInt32LE(part.data.length, offset)
  offset = out.writeUInt32LE(part.uncompressedSize, offset)
  return out.writeUInt16LE(part.rawName.length, offset)
}
