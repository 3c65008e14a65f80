import { describePerson, type Person } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { parsePersonMention } from '../people/parsePersonMention'

/**
 * A heading that is someone the register knows, named in full as minutes introduce a speaker
 * ("Chief Constable Simon Bailey (Norfolk Police and ACPO)"), as Word and HTML minutes head
 * each speaker's section.
 */
export function readSpeakerHeading(
  context: ImportContext,
  index: number,
): { person: Person; level: number } | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'heading') return undefined
  const text = plainText(line.shape.text).trim()
  const person = context.people.find(parsePersonMention(text))
  return person && describePerson(person) === text ? { person, level: line.shape.level } : undefined
}
