/** Whether the bytes open as a ZIP archive does ("PK\x03\x04"), as every .docx file is one. */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}
