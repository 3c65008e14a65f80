import type { RegisterExport } from '@minutes/export'
import type { RecommendationsRegister } from '@minutes/protocol'

const columns = [
  'Meeting',
  'Date',
  'Number',
  'Recommendation',
  'Proposer',
  'Addressee',
  'Status',
  'Themes',
  'Merged into',
  'Link',
]

/** The register as the CSV and Word exports lay it out: one row per recommendation, with a link to its block. */
export function registerTable(
  register: RecommendationsRegister,
  publicUrl: string,
): RegisterExport {
  const numbers = new Map(
    register.recommendations.map((row) => [`${row.documentId} ${row.blockId}`, row.number]),
  )
  const titles = new Map(register.recommendations.map((row) => [row.documentId, row.meetingTitle]))
  const links = register.recommendations.map((row) =>
    row.blockId
      ? `${publicUrl}/d/${encodeURIComponent(row.documentId)}?block=${encodeURIComponent(row.blockId)}`
      : `${publicUrl}/d/${encodeURIComponent(row.documentId)}`,
  )
  const rows = register.recommendations.map((row, index) => {
    const merged = row.mergedInto
    const mergedInto = merged
      ? `${titles.get(merged.documentId) ?? merged.documentId} ${numbers.get(`${merged.documentId} ${merged.blockId}`) ?? ''}`.trim()
      : ''
    return [
      row.meetingTitle,
      row.meetingDate ?? '',
      row.number,
      row.text,
      row.proposer ?? '',
      row.addressee ?? '',
      row.status ?? '',
      row.themes.join('; '),
      mergedInto,
      links[index] ?? '',
    ]
  })
  return {
    title: `Recommendations: ${register.title}`,
    columns,
    rows,
    links,
    linkedColumn: columns.indexOf('Recommendation'),
  }
}
