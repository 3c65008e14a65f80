import { orderedListAttributeChecks, tableCellAttributeChecks } from './attributeChecks'
import { readChoice, readInteger, type WithAttributes } from './attributeReaders'

// Typed readers for the attributes minutes use of StarterKit's and the table's nodes.

export const headingLevels = [1, 2, 3, 4, 5, 6] as const
export type HeadingLevel = (typeof headingLevels)[number]

export function readHeadingAttributes({ attrs = {} }: WithAttributes): { level: HeadingLevel } {
  return { level: readChoice(headingLevels, attrs.level) }
}

export function readOrderedListAttributes({ attrs = {} }: WithAttributes): { start: number } {
  return { start: readInteger(attrs.start, orderedListAttributeChecks.start, 1) }
}

/** A header or body cell: how many columns and rows it spans. */
export function readTableCellAttributes({ attrs = {} }: WithAttributes): {
  colspan: number
  rowspan: number
} {
  const checks = tableCellAttributeChecks
  return {
    colspan: readInteger(attrs.colspan, checks.colspan, 1),
    rowspan: readInteger(attrs.rowspan, checks.rowspan, 1),
  }
}
