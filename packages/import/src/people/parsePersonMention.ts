import { isRoleName } from './isRoleName'

/** A person as one place in the minutes names them. */
export interface PersonMention {
  name: string
  title?: string
  organisation?: string
  role?: string
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

/** "Chief Constable Simon Bailey (Norfolk Police and ACPO)" → title, name and organisation. */
export function parsePersonMention(text: string): PersonMention {
  const mention: PersonMention = { name: text.trim().replace(/[,;:]+$/, '') }
  const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(mention.name)
  if (bracketed) {
    mention.name = bracketed[1] ?? ''
    const parts = (bracketed[2] ?? '')
      .split(/\s*[,;]\s*/)
      .map((part) => part.trim())
      .filter(Boolean)
    const roles = parts.filter(isRoleName)
    const organisations = parts.filter((part) => !isRoleName(part))
    if (roles.length > 0) mention.role = roles.join(', ')
    if (organisations.length > 0) mention.organisation = organisations.join(', ')
  }
  const title = titled.exec(mention.name)
  if (title) {
    mention.title = title[0].trim()
    mention.name = mention.name.slice(title[0].length)
  }
  return mention
}
