import { officerRoleLabels } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { findDate } from '../meeting-details/findDate'
import { missingWords } from '../missingWords'
import { displayName } from '../people/displayName'
import { describeOfficers } from './describeOfficers'
import { parseOfficerLine } from './parseOfficerLine'

/** An upper-case title line such as "ALL PARTY PARLIAMENTARY GROUP FOR"; a date is no title. */
function titleOf(context: ImportContext, index: number): string | undefined {
  const line = context.line(index)
  const text =
    line?.shape.kind === 'heading' ? line.shape.text : line?.shape.kind === 'text' ? line.text : ''
  const plain = plainText(text).trim()
  const isTitle = plain.length <= 120 && /\p{Lu}.*\p{Lu}/u.test(plain) && !/[\p{Ll}:]/u.test(plain)
  return isTitle && !findDate(plain) ? plain : undefined
}

const smallWords = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to', '&'])

/**
 * A body's name in title case ("All-Party Parliamentary Group on Community Libraries"), taken
 * as the header's title only where officer lines follow it: alone it is any heading.
 */
function titleCaseOf(context: ImportContext, index: number): string | undefined {
  const line = context.line(index)
  const text =
    line?.shape.kind === 'heading' ? line.shape.text : line?.shape.kind === 'text' ? line.text : ''
  const plain = plainText(text).trim()
  const words = plain.split(/\s+/)
  const isTitleCase =
    plain.length <= 120 &&
    words.length >= 2 &&
    !/[:.,;!?]$|:\s/.test(plain) &&
    /^\p{Lu}/u.test(plain) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || smallWords.has(word))
  const isFollowedByOfficers = officersOf(context, context.nextNonBlank(index + 1)) !== undefined
  return isTitleCase && isFollowedByOfficers && !findDate(plain) ? plain : undefined
}

/** The officers a line names, where printing them gives back every word of the line. */
function officersOf(context: ImportContext, index: number) {
  const line = context.line(index)
  const groups = line?.shape.kind === 'text' ? parseOfficerLine(line.text) : undefined
  if (!line || !groups) return undefined
  const printed = groups.map(({ role, label, people }) =>
    describeOfficers(
      label ?? officerRoleLabels[role].one,
      people.map((mention) => context.people.preview(mention)),
    ),
  )
  return missingWords(line.text, printed.join('\n')).length === 0 ? groups : undefined
}

/**
 * The head of the minutes, at the very top: the body's name in capitals, over one or more lines,
 * or in title case on one line, and its officers ("Chair:", "Vice-Chairs:", "Secretary:",
 * "Treasurer:", "Clerk:").
 */
export const meetingHeaderRecogniser: Recogniser = {
  kind: 'meetingHeader',

  startsAt: (context, index) =>
    !context.hasHeader &&
    index === context.nextNonBlank(0) &&
    (titleOf(context, index) !== undefined ||
      titleCaseOf(context, index) !== undefined ||
      officersOf(context, index) !== undefined),

  read: (context, index) => {
    const title: string[] = []
    let current = index
    for (let text = titleOf(context, current); text; text = titleOf(context, current)) {
      title.push(text)
      current++
    }
    const titleCase = title.length === 0 ? titleCaseOf(context, index) : undefined
    if (titleCase) {
      title.push(titleCase)
      current++
    }
    const bodyName = title.join(' ')
    const officers: JSONContent[] = []
    for (let start = context.nextNonBlank(current); ; start = context.nextNonBlank(current)) {
      const groups = officersOf(context, start)
      // Officers under one label print as one line: a second line with the same heading would lose it.
      const lastLabel = officers.at(-1)?.attrs?.label ?? null
      if (!groups || (lastLabel !== null && groups[0]?.label === lastLabel)) break
      for (const { role, label, written, people } of groups) {
        for (const mention of people) {
          const person = context.people.add({ ...mention, role: officerRoleLabels[role].one })
          officers.push({ type: 'officer', attrs: { role, personId: person.id, label } })
          context.recognise('officer', `${written}: ${displayName(person)}`, start)
        }
      }
      current = start + 1
    }
    context.hasHeader = true
    context.recognise('meetingHeader', bodyName || 'Officers', index)
    const name = bodyName ? [{ type: 'text', text: bodyName }] : []
    return {
      nodes: [
        { type: 'meetingHeader', content: [{ type: 'bodyName', content: name }, ...officers] },
      ],
      next: current,
    }
  },
}
