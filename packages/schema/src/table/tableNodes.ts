import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'

/**
 * Tables as minutes keep them (a schedule, a vote count, a table no recogniser reads), from
 * TipTap's table extension unchanged: a header row of `tableHeader` cells, then `tableCell`s.
 * Columns are not resizable, so no view or DOM is needed to load the schema.
 */
export const tableNodes = [Table.configure({ resizable: false }), TableRow, TableHeader, TableCell]
