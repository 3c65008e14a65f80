import { exportDocx } from './docx/exportDocx'
import { exportHtml } from './html/exportHtml'
import { exportJson } from './json/exportJson'
import type { ExportFormat, MinutesExport } from './MinutesExport'
import { exportMarkdown } from './markdown/exportMarkdown'
import { exportPdf } from './pdf/exportPdf'

/** The minutes in one format: text for html, md and json; bytes for docx and pdf. */
export async function exportMinutes(
  format: ExportFormat,
  minutes: MinutesExport,
): Promise<string | Buffer> {
  switch (format) {
    case 'docx':
      return exportDocx(minutes)
    case 'pdf':
      return exportPdf(minutes)
    case 'html':
      return exportHtml(minutes)
    case 'md':
      return exportMarkdown(minutes)
    case 'json':
      return exportJson(minutes)
  }
}
