import { headingOf } from '../blocks/headingOf'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'

// "4. Planning", "4) Planning", "Item 4: Planning", "7.1 Payments".
const numbered =
  /^(?:item\s+(\d{1,3}(?:\.\d{1,2})*)\s*[:.)–-]?|(\d{1,3})[.):]|(\d{1,3}(?:\.\d{1,2})+)\.?)\s+(\S.*)$/i

/** The level an agenda item's heading takes: items 2, sub-items ("7.1") 3. */
function levelOf(context: ImportContext, index: number): number | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'text' && line?.shape.kind !== 'listItem') return undefined
  const match = numbered.exec(plainText(line.text))
  const title = match?.[4] ?? ''
  if (!match || title.length > 100 || title.split(/\s+/).length > 12) return undefined
  if (!/^[\p{Lu}\p{N}]/u.test(title) || /[.,;!?]["'’”)]*$/.test(title)) return undefined
  const number = match[1] ?? match[2] ?? match[3] ?? ''
  // "1. Item" beside other numbered lines is an ordered list, not an agenda.
  if (line.shape.kind === 'listItem') {
    const isNumbered = (at: number) => {
      const neighbour = context.line(at)?.shape
      return neighbour?.kind === 'listItem' && neighbour.ordered
    }
    if (
      isNumbered(context.previousNonBlank(index)) ||
      isNumbered(context.nextNonBlank(index + 1))
    ) {
      return undefined
    }
  }
  return number.includes('.') ? 3 : 2
}

/** Numbered agenda items of council and committee minutes, kept as headings with their numbers. */
export const agendaItemRecogniser: Recogniser = {
  kind: 'agendaItem',

  startsAt: (context, index) => levelOf(context, index) !== undefined,

  read: (context, index) => {
    const text = context.line(index)?.text ?? ''
    context.recognise('agendaItem', plainText(text), index)
    return {
      nodes: [headingOf(levelOf(context, index) ?? 2, text, context.format)],
      next: index + 1,
    }
  },
}
