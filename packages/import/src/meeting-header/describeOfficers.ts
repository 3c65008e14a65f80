import type { Person } from '@minutes/schema'
import { displayName } from '../people/displayName'
import { joinNames } from '../people/joinNames'

/** One line of the header: "Vice-Chairmen: Jessica Lee MP, Baroness Walmsley and Bill Esterson MP". */
export function describeOfficers(role: string, people: readonly Person[]): string {
  return `${role}: ${joinNames(people.map(displayName))}`
}
