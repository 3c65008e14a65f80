import { once } from 'node:events'
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'
import { writeZip, type ZipPart } from '../docx/writeZip'

const mebibyte = 1024 * 1024
const encoder = new TextEncoder()

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const relationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const documentHead =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
const documentTail = '</w:t></w:r></w:p></w:body></w:document>'

/** A part deflated whole, declared honestly unless `declaredSize` says otherwise. */
export function deflatedPart(name: string, text: string, declaredSize?: number): ZipPart {
  const data = encoder.encode(text)
  return {
    rawName: encoder.encode(name),
    flags: 0x800,
    method: 8,
    crc32: crc32(data),
    uncompressedSize: declaredSize ?? data.length,
    data: deflateRawSync(data),
  }
}

/**
 * A .docx that Word and mammoth would open, whose document.xml is one paragraph of
 * `documentMebibytes` MiB of the same letter, deflated to about a thousandth of that.
 * `declaredBytes` makes its header lie about the part's size.
 */
export async function docxBomb(
  documentMebibytes: number,
  declaredBytes?: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const deflate = createDeflateRaw({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
  const letters = Buffer.alloc(mebibyte, 'a')
  let checksum = crc32(documentHead)
  deflate.write(documentHead)
  for (let index = 0; index < documentMebibytes; index++) {
    checksum = crc32(letters, checksum)
    if (!deflate.write(letters)) await once(deflate, 'drain')
  }
  deflate.end(documentTail)
  await once(deflate, 'end')
  const size = documentHead.length + documentMebibytes * mebibyte + documentTail.length
  const document: ZipPart = {
    rawName: encoder.encode('word/document.xml'),
    flags: 0x800,
    method: 8,
    crc32: crc32(documentTail, checksum),
    uncompressedSize: declaredBytes ?? size,
    data: Buffer.concat(chunks),
  }
  return new Uint8Array(
    writeZip([
      deflatedPart('[Content_Types].xml', contentTypes),
      deflatedPart('_rels/.rels', relationships),
      document,
    ]),
  )
}

/** An archive of `count` empty parts, stored; past 65,535 its end record says 65,535. */
export function manyPartsZip(count: number): Uint8Array<ArrayBuffer> {
  const empty = new Uint8Array()
  const parts = Array.from({ length: count }, (_, index) => ({
    rawName: encoder.encode(`part-${index}.xml`),
    flags: 0x800,
    method: 0,
    crc32: 0,
    uncompressedSize: 0,
    data: empty,
  }))
  return new Uint8Array(writeZip(parts))
}
