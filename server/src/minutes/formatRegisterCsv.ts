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
] as const

/**
 * The register as CSV (RFC 4180, CRLF): one row per recommendation, with a link that opens the
 * minutes at it. No cell can start a formula when opened in a spreadsheet (`csvCell`).
 */
export function formatRegisterCsv(register: RecommendationsRegister, publicUrl: string): string {
  const numbers = new Map(
    register.recommendations.map((row) => [`${row.documentId} ${row.blockId}`, row.number]),
  )
  const titles = new Map(register.recommendations.map((row) => [row.documentId, row.meetingTitle]))
  const rows = register.recommendations.map((row) => {
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
      row.blockId
        ? `${publicUrl}/d/${encodeURIComponent(row.documentId)}?block=${encodeURIComponent(row.blockId)}`
        : `${publicUrl}/d/${encodeURIComponent(row.documentId)}`,
    ]
  })
  return `${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/**
 * One quoted cell. Text a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, as OWASP advises: shown, never run.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}
