import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { isInferredHeading } from './isInferredHeading'

/** Whether line `index` is a heading, Markdown or a short plain line, whose text matches `pattern`. */
export function isHeadingMatching(context: ImportContext, index: number, pattern: RegExp): boolean {
  const line = context.line(index)
  if (line?.shape.kind === 'heading') return pattern.test(plainText(line.shape.text))
  return (
    line !== undefined && pattern.test(plainText(line.text)) && isInferredHeading(context, index)
  )
}
