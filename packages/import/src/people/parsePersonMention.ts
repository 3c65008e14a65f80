import { isRoleName } from './isRoleName'

/** A person as one place in the minutes names them. */
export interface PersonMention {
  name: string
  title?: string
  organisation?: string
  role?: string
  alias?: string
}

// Honorifics that minutes put before a name but that are not part of it; longest first.
const titles = [
  'Detective Chief Superintendent',
  'Detective Chief Inspector',
  'Detective Superintendent',
  'Assistant Chief Constable',
  'Deputy Chief Constable',
  'Chief Superintendent',
  'Detective Inspector',
  'Detective Sergeant',
  'Chief Constable',
  'Chief Inspector',
  'Superintendent',
  'The Rt Hon',
  'Councillor',
  'Professor',
  'Inspector',
  'Reverend',
  'Sergeant',
  'The Revd',
  'Rt Hon',
  'Doctor',
  'Canon',
  'Judge',
  'PCSO',
  'Cllr',
  'Prof',
  'Revd',
  'Miss',
  'Mrs',
  'Rev',
  'Dr',
  'Mr',
  'Ms',
  'Mx',
  'PC',
]
const titled = new RegExp(`^(?:${titles.join('|')})\\.?\\s+(?=\\S)`)

// Initials ("TG") or a handle ("@jreyes") that the minutes go on to use for someone.
const aliasPattern = /^(?:\p{Lu}{2,4}|@[\w.-]{1,39})$/u

/**
 * "Chief Constable Simon Bailey (Norfolk Police and ACPO)" → title, name and organisation;
 * "Tessa Grant (TG) (Chair)" → name, alias and role.
 */
export function parsePersonMention(text: string): PersonMention {
  const mention: PersonMention = { name: text.trim().replace(/[,;:]+$/, '') }
  const parts: string[] = []
  for (
    let bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(mention.name);
    bracketed;
    bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(mention.name)
  ) {
    mention.name = bracketed[1] ?? ''
    parts.unshift(...(bracketed[2] ?? '').split(/\s*[,;]\s*/))
  }
  const title = titled.exec(mention.name)
  if (title) {
    mention.title = title[0].trim()
    mention.name = mention.name.slice(title[0].length)
  }
  const written = parts.map((part) => part.trim()).filter(Boolean)
  const alias = written.find((part) => isAliasOf(part, mention.name))
  const rest = written.filter((part) => part !== alias)
  const roles = rest.filter(isRoleName)
  const organisations = rest.filter((part) => !isRoleName(part))
  if (alias) mention.alias = alias
  if (roles.length > 0) mention.role = roles.join(', ')
  if (organisations.length > 0) mention.organisation = organisations.join(', ')
  return mention
}

/** A handle, or initials that are the name's ("TG" for Tessa Grant; "YJB" is an organisation). */
function isAliasOf(part: string, name: string): boolean {
  if (!aliasPattern.test(part)) return false
  if (part.startsWith('@')) return true
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
  return part === initials.join('') || part === `${initials[0]}${initials.at(-1)}`
}

/** Whether text is written as initials or a handle ("TG", "@jreyes") rather than a name. */
export function isAlias(text: string): boolean {
  return aliasPattern.test(text.trim())
}
