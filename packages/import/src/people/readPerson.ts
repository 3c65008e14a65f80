import type { Person } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { isPersonName } from './isPersonName'
import { isRoleName } from './isRoleName'
import { parsePersonMention } from './parsePersonMention'

const everyone = /^(?:all|everyone|everybody|all members|members)$/i

/**
 * The one person `text` names ("Priya", "Owen Davies (Canal & River Trust)", "the Clerk"):
 * someone the register knows, a role's holder, or a new person where it reads as a name.
 */
export function readPerson(context: ImportContext, text: string): Person | undefined {
  const written = text.trim()
  if (written === '' || everyone.test(written)) return undefined
  const role = written.replace(/^the\s+/i, '')
  if (isRoleName(role)) return context.people.findByRole(role)
  const mention = parsePersonMention(written)
  const known = context.people.find(mention)
  if (known) return known
  return isPersonName(mention.name) ? context.people.add(mention) : undefined
}
