import type { ExportedFile } from './fetchExport'

/** Some browsers read the blob only after the click has returned: keep it that long. */
const keepUrlMilliseconds = 60_000

/** Hands `file` to the browser's downloads, under its own name, without leaving the page. */
export function saveFile({ blob, fileName }: ExportedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), keepUrlMilliseconds)
}
