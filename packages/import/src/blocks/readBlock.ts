import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import { headingOf } from './headingOf'
import { isInferredHeading } from './isInferredHeading'
import { listToNode } from './listToNode'
import { paragraphOf } from './paragraphOf'
import { readList } from './readList'
import { readParagraph } from './readParagraph'

/** Level of the headings the importer infers from short plain lines: below the minutes' own. */
export const inferredHeadingLevel = 3

/** One plain block at `index` (a non-blank line): heading, list, quote, rule or paragraph. */
export function readBlock(
  context: ImportContext,
  index: number,
): { node: JSONContent; next: number } {
  const line = context.line(index)
  const shape = line?.shape
  if (!line || !shape) return { node: { type: 'paragraph' }, next: index + 1 }
  switch (shape.kind) {
    case 'heading':
      return { node: headingOf(shape.level, shape.text, context.format), next: index + 1 }
    case 'listItem': {
      const { tree, next } = readList(context, index)
      return { node: listToNode(tree, context.format), next }
    }
    case 'quote': {
      const quoted: string[] = []
      let next = index
      for (let current = context.line(next); current?.shape.kind === 'quote'; ) {
        quoted.push(current.shape.text)
        current = context.line(++next)
      }
      const paragraphs = quoted
        .join('\n')
        .split(/\n\s*\n/)
        .map((text) => paragraphOf(text.split('\n'), context.format))
      return { node: { type: 'blockquote', content: paragraphs }, next }
    }
    case 'rule':
      return { node: { type: 'horizontalRule' }, next: index + 1 }
    default:
      if (isInferredHeading(context, index)) {
        return { node: headingOf(inferredHeadingLevel, line.text, context.format), next: index + 1 }
      }
      return readParagraph(context, index)
  }
}
