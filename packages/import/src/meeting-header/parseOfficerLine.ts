import { type OfficerRole, officerRoleLabels } from '@minutes/schema'
import { plainText } from '../markdown/plainText'
import type { PersonMention } from '../people/parsePersonMention'
import { splitPeopleList } from '../people/splitPeopleList'

export interface OfficerGroup {
  role: OfficerRole
  /**
   * The heading as written ("Vice-Chairmen", "Vice-Chairs") unless it is the usual singular for
   * one person: officers that share a label print on one line under it, others one to a line.
   */
  label: string | null
  written: string
  people: PersonMention[]
}

const marker =
  /(?:^|\s)((?:Joint |Co-|Deputy |Vice[- ]?|Honorary |Hon\.? )?(?:Chair(?:man|woman|person)?s?|Chairmen|Chairwomen|Secretar(?:y|ies)|Treasurers?|Clerks?)(?: to the (?:Council|Committee|Group|Board))?)\s*:/g

/**
 * "Chair: A", "Vice-Chairmen: B, C and D", or several on one line ("Secretary: E **Treasurer:** F");
 * undefined unless the whole line is such roles and names.
 */
export function parseOfficerLine(text: string): OfficerGroup[] | undefined {
  const plain = plainText(text)
  const markers = [...plain.matchAll(marker)]
  if (markers[0]?.index !== 0) return undefined
  const groups: OfficerGroup[] = []
  for (const [position, match] of markers.entries()) {
    const written = match[1] ?? ''
    const end = markers[position + 1]?.index ?? plain.length
    const listed = splitPeopleList(plain.slice(match.index + match[0].length, end))
    if (listed.length === 0 || !listed.every((entry) => entry.isName)) return undefined
    const role = roleOf(written)
    const { one } = officerRoleLabels[role]
    groups.push({
      role,
      label: written === one && listed.length === 1 ? null : written,
      written,
      people: listed.map((entry) => entry.mention),
    })
  }
  return groups
}

function roleOf(written: string): OfficerRole {
  const role = written.toLowerCase()
  if (/vice|deputy/.test(role)) return 'viceChair'
  if (role.includes('chair')) return 'chair'
  if (role.includes('secretar')) return 'secretary'
  if (role.includes('treasurer')) return 'treasurer'
  return 'clerk'
}
