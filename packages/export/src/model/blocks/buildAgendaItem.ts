import { agendaItemLevel, agendaItemPrefix, readAgendaItemAttributes } from '@minutes/schema'
import { buildInlines } from '../buildInlines'
import type { BlockBuilder } from './BlockBuilder'

/**
 * An agenda item is printed as the numbered heading minutes use ("3. Review of membership"), at
 * its own level (sub-items "3.1" one deeper), so every format and a re-import read it back.
 */
export const buildAgendaItem: BlockBuilder = (node, context, minimumLevel) => {
  const { number } = readAgendaItemAttributes(node)
  const level = agendaItemLevel(number)
  const title = buildInlines(node, context.footnotes)
  return {
    type: 'heading',
    level: context.headings.next(level, minimumLevel),
    sourceLevel: level,
    content:
      number === null
        ? title
        : [{ type: 'text', text: agendaItemPrefix(number), marks: {} }, ...title],
  }
}
