import { agendaItemAttributeChecks } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { parseInline } from '../markdown/parseInline'
import { plainText } from '../markdown/plainText'
import { isLabel } from '../people/isLabel'

// "4. Planning", "4) Planning", "Item 4: Planning", "Item 4 — Planning", "7.1 Payments", and the
// minute references councils and boards number items with: "25/01", "TB 25/061", "LTC/25/14".
const numbered =
  /^(?:item\s+(\d{1,3}(?:\.\d{1,2})*)\s*[:.)–—-]?|(\d{1,3})[.):]|(\d{1,3}(?:\.\d{1,2})+)\.?|((?:\p{Lu}{1,4}[\s/]?)?\d{2,4}\/\d{1,4}))\s+(\S.*)$/iu
// The same number as written in the source, Markdown's escaped "1\\." and a bold "**1. …**"
// included: what is cut off the title. Only tried on lines `numbered` has already taken.
const writtenNumber =
  /^(\*\*|__)?((?:item\s+)?\d{1,3}(?:\.\d{1,2})*|(?:\p{Lu}{1,4}[\s/]?)?\d{2,4}\/\d{1,4})\s*\\?[:.)–—-]?\s+(?=\S)/iu
// "Release cadence [#151](https://…)": an item named after the issue it discusses.
const issueReference = /\[#\d{1,7}\]\([^)\s]+\)$|\(#\d{1,7}\)$|\s#\d{1,7}$/
// The same at the end of a title, written as a Markdown link: becomes the item's reference.
const linkedReference = /\s*\[(#\d{1,7})\]\(([^)\s]+)\)\s*$/
// Sections whose sub-headings are the meeting's items.
const itemSections =
  /^(?:minutes|notes|meeting notes|discussion|agenda|agenda items|items|business)$/i

/** Whether line `index` is an agenda item: a numbered title, a heading naming an issue or under "Minutes". */
function isItem(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  const shape = line?.shape
  if (shape?.kind === 'heading') {
    const text = plainText(shape.text, context.format)
    if (isLabel(text.replace(/:$/, ''))) return false
    return (
      numberOf(text) !== undefined ||
      issueReference.test(shape.text) ||
      headingsUnderItems(context)[index] === true
    )
  }
  if (shape?.kind !== 'text' && shape?.kind !== 'listItem') return false
  if (numberOf(plainText(line?.text ?? '', context.format)) === undefined) return false
  // "1. Item" beside other numbered lines is an ordered list, not an agenda.
  if (shape.kind === 'listItem') {
    const isNumbered = (at: number) => {
      const neighbour = context.line(at)?.shape
      return neighbour?.kind === 'listItem' && neighbour.ordered
    }
    if (
      isNumbered(context.previousNonBlank(index)) ||
      isNumbered(context.nextNonBlank(index + 1))
    ) {
      return false
    }
  }
  return true
}

/**
 * The item as a node: its number as written ("7.1", "Item 4", "TB 25/061"), an issue linked at
 * the end ("[#151](…)") as its reference, and the rest as its title. A number or link the schema
 * would not take stays in the title, so no word is lost.
 */
function agendaItemOf(source: string, context: ImportContext): JSONContent {
  const { text, reference, referenceLabel } = splitReference(source)
  const written = numberOf(plainText(text, context.format)) && writtenNumber.exec(text)
  const number = written ? (written[2] ?? '').replace(/\s+/g, ' ') : null
  const isValid = number !== null && agendaItemAttributeChecks.number(number) === undefined
  // A bold "**1. Title**" keeps its emphasis on the title.
  const titleText = written && isValid ? (written[1] ?? '') + text.slice(written[0].length) : text
  const title = parseInline(titleText, context.format)
  return {
    type: 'agendaItem',
    attrs: { number: isValid ? number : null, ...(reference ? { reference, referenceLabel } : {}) },
    ...(title.length > 0 ? { content: title } : {}),
  }
}

/** The title without the issue linked at its end, and that link, when the schema takes it. */
function splitReference(source: string): {
  text: string
  reference?: string
  referenceLabel?: string
} {
  const match = linkedReference.exec(source)
  const [referenceLabel, reference] = [match?.[1], match?.[2]]
  if (!match || referenceLabel === undefined || reference === undefined) return { text: source }
  const isValid =
    agendaItemAttributeChecks.reference(reference) === undefined &&
    agendaItemAttributeChecks.referenceLabel(referenceLabel) === undefined
  const text = source.slice(0, match.index)
  return isValid && text.trim() !== '' ? { text, reference, referenceLabel } : { text: source }
}

/** An item's number where `text` is a numbered title rather than a numbered sentence. */
function numberOf(text: string): string | undefined {
  const match = numbered.exec(text)
  const title = match?.[5] ?? ''
  if (!match || title.length > 100 || title.split(/\s+/).length > 12) return undefined
  if (!/^[\p{Lu}\p{N}"'‘“]/u.test(title) || /[.,;!?]["'’”)]*$/.test(title)) return undefined
  return match[1] ?? match[2] ?? match[3] ?? match[4]
}

const sectioned = new WeakMap<readonly unknown[], boolean[]>()

/** Which lines are headings one level under a "Minutes" or "Notes" heading, worked out once per import. */
function headingsUnderItems(context: ImportContext): boolean[] {
  const known = sectioned.get(context.lines)
  if (known) return known
  const found: boolean[] = []
  const open: { level: number; isItems: boolean }[] = []
  context.lines.forEach((line, index) => {
    if (line.shape.kind !== 'heading') return
    const { level } = line.shape
    while ((open.at(-1)?.level ?? 0) >= level) open.pop()
    const parent = open.at(-1)
    found[index] = parent?.isItems === true && parent.level === level - 1
    open.push({ level, isItems: itemSections.test(plainText(line.shape.text).trim()) })
  })
  sectioned.set(context.lines, found)
  return found
}

/**
 * Agenda items: numbered lines and headings ("4. Planning", "Item 4 —", "TB 25/061"), headings
 * that name an issue ("… [#151](…)") and the headings under a "Minutes" or "Notes" section;
 * each an agenda item node, its number an attribute and the rest its title.
 */
export const agendaItemRecogniser: Recogniser = {
  kind: 'agendaItem',

  startsAt: isItem,

  read: (context, index) => {
    const line = context.line(index)
    const text = line?.shape.kind === 'heading' ? line.shape.text : (line?.text ?? '')
    context.recognise('agendaItem', plainText(text, context.format), index)
    return { nodes: [agendaItemOf(text, context)], next: index + 1 }
  },
}
