const particles = new Set([
  'of',
  'de',
  'du',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ap',
])
const capitalised = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u

/** Whether text reads as a person's name: capitalised words ("Bridie O'Shea", "Earl of Listowel"), no digits. */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/)
  const first = words[0] ?? ''
  const last = words.at(-1) ?? ''
  if (words.length > 7 || !capitalised.test(first) || particles.has(last)) return false
  return words.every((word) => capitalised.test(word) || particles.has(word))
}
