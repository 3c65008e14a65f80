import type { RegisterExport } from '@minutes/export'

/**
 * A register table (`registerTable`) as CSV (RFC 4180, CRLF, every cell quoted). No cell can start
 * a formula when opened in a spreadsheet (`csvCell`).
 */
export function formatRegisterCsv({ columns, rows }: RegisterExport): string {
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
