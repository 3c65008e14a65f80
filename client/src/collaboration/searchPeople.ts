import type { Person } from '@minutes/schema'

/**
 * The people matching what was typed, best first: every word typed must be found in the name,
 * title, organisation or role. Names beginning with it come first, then names with a word
 * beginning with it, then the other fields, then matches inside words; ties by name.
 */
export function searchPeople(people: readonly Person[], query: string): Person[] {
  const terms = normalise(query).split(' ').filter(Boolean)
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name)
  if (terms.length === 0) return [...people].sort(byName)
  const ranked: { person: Person; score: number }[] = []
  for (const person of people) {
    const name = normalise(person.name)
    const others = [person.title, person.organisation, person.role].map((field) =>
      normalise(field ?? ''),
    )
    let score = 0
    for (const term of terms) {
      const termScore = scoreTerm(term, name, others)
      if (termScore === undefined) {
        score = Number.POSITIVE_INFINITY
        break
      }
      score += termScore
    }
    if (Number.isFinite(score)) ranked.push({ person, score })
  }
  return ranked
    .sort((a, b) => a.score - b.score || byName(a.person, b.person))
    .map(({ person }) => person)
}

function scoreTerm(term: string, name: string, others: string[]): number | undefined {
  if (name.startsWith(term)) return 0
  if (hasWordStarting(name, term)) return 1
  if (others.some((field) => hasWordStarting(field, term))) return 2
  if (name.includes(term)) return 3
  if (others.some((field) => field.includes(term))) return 4
  return undefined
}

function hasWordStarting(text: string, term: string): boolean {
  return text.split(' ').some((word) => word.startsWith(term))
}

/** Lower case, no accents or apostrophes, other punctuation as spaces: "Dr. Zoë O’Neill" is "dr zoe oneill". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
}
