/** What the server's `GET /api/docs/:id/export?format=` accepts (server: `@minutes/export`). */
export type ExportFormat = 'docx' | 'pdf' | 'html' | 'md' | 'json'

export interface ExportFormatDefinition {
  format: ExportFormat
  /** The menu item. */
  label: string
  /** What is being made, for "Preparing the PDF…". */
  name: string
}

/** The one list of formats: the menu, its progress and its fallback file names all read it. */
export const exportFormats: readonly ExportFormatDefinition[] = [
  { format: 'docx', label: 'Word document (.docx)', name: 'the Word document' },
  { format: 'pdf', label: 'PDF', name: 'the PDF' },
  { format: 'html', label: 'Web page (.html)', name: 'the web page' },
  { format: 'md', label: 'Markdown (.md)', name: 'the Markdown file' },
  { format: 'json', label: 'JSON (.json)', name: 'the JSON file' },
]
