import {
  agendaItemLevel,
  agendaItemPrefix,
  agendaReferenceText,
  readAgendaItemAttributes,
} from '@minutes/schema'
import { buildInlines } from '../buildInlines'
import type { Inline } from '../RenderModel'
import type { BlockBuilder } from './BlockBuilder'

/**
 * An agenda item is printed as the numbered heading minutes use ("3. Review of membership"), at
 * its own level (sub-items "3.1" one deeper), its reference linked after the title ("… #151"),
 * so every format and a re-import read it back. What the item groups follows it under that
 * heading, one level deeper where it has headings of its own.
 */
export const buildAgendaItem: BlockBuilder = (node, context, minimumLevel) => {
  const attributes = readAgendaItemAttributes(node)
  const { number, reference } = attributes
  const level = agendaItemLevel(number)
  const referenceText = agendaReferenceText(attributes)
  // The reader checked the link with `isSafeHref`, the one rule every link passes.
  const referenceLink: Inline[] =
    reference === null || referenceText === null
      ? []
      : [
          { type: 'text', text: ' ', marks: {} },
          { type: 'text', text: referenceText, marks: {}, href: reference },
        ]
  const title = buildInlines(node, context.footnotes)
  return {
    type: 'heading',
    level: context.headings.next(level, minimumLevel),
    sourceLevel: level,
    content: [
      ...(number === null
        ? []
        : [{ type: 'text' as const, text: agendaItemPrefix(number), marks: {} }]),
      ...title,
      ...referenceLink,
    ],
  }
}
