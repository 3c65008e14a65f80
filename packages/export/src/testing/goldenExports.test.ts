import { createHash } from 'node:crypto'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportMinutes } from '../exportMinutes'
import type { ExportFormat, MinutesExport } from '../MinutesExport'
import { footnotedMinutes } from './footnotedMinutes'
import { hostileMinutes } from './hostileMinutes'
import { sampleMinutes } from './sampleMinutes'
import { tabledMinutes } from './tabledMinutes'

/** Rich minutes between them: every node type, tables, action tables, sign-offs, footnotes, hostile values. */
const fixtures: Record<string, MinutesExport> = {
  sample: sampleMinutes(),
  published: sampleMinutes({
    status: 'published',
    approved: { by: 'Ada Clerk', at: '2026-12-03T10:15:00.000Z' },
    published: { by: 'Bob Reader', at: '2026-12-04T09:00:00.000Z' },
  }),
  tabled: { ...tabledMinutes(), exportedAt: new Date('2025-10-20T10:00:00Z') },
  hostile: { ...hostileMinutes(), exportedAt: new Date('2025-10-20T10:00:00Z') },
  // Accepted new material: footnotes, as each format writes them.
  footnoted: footnotedMinutes(),
}

const formats: ExportFormat[] = ['html', 'md', 'json', 'docx', 'pdf']

/** Word parts as text, with what `docx` makes differently on every run put back to one form. */
async function docxParts(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const parts: string[] = []
  const linkIds = new Map<string, string>()
  for (const name of Object.keys(zip.files).sort()) {
    // The creation and modification times of the file, not of the minutes.
    if (name === 'docProps/core.xml') continue
    const text = (await zip.file(name)?.async('string')) ?? ''
    parts.push(`=== ${name}\n${text}`)
  }
  // Hyperlink relationships get random ids; the order they appear in is what stays.
  return parts
    .join('\n')
    .replace(
      /rId[\w-]{12,}/g,
      (id) => linkIds.get(id) ?? linkIds.set(id, `rIdLink${linkIds.size + 1}`).get(id) ?? id,
    )
}

/** What a golden file keeps of one export: the text itself, or for bytes what stays put. */
async function goldenOf(format: ExportFormat, exported: string | Buffer): Promise<string> {
  if (typeof exported === 'string') return exported
  if (format === 'docx') return docxParts(exported)
  // pdfmake writes the same bytes for the same minutes and export time.
  return `sha256 ${createHash('sha256').update(exported).digest('hex')}\n`
}

// Every export as it is byte for byte, so that a change to the model or a renderer that was
// meant to keep the output shows up here (`vitest -u` records an intended change).
describe('every export of rich minutes, against its golden file', () => {
  for (const [name, minutes] of Object.entries(fixtures)) {
    for (const format of formats) {
      it(`${name} as ${format}`, async () => {
        const golden = await goldenOf(format, await exportMinutes(format, minutes))
        await expect(golden).toMatchFileSnapshot(`./golden/${name}.${format}.golden`)
      })
    }
  }
})
