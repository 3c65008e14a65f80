/** Up to two initials for an avatar: "Ada Lovelace" gives "AL", "ada" gives "A". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const initial = (word: string | undefined) => Array.from(word ?? '')[0] ?? ''
  const first = initial(words[0]) || '?'
  const last = words.length > 1 ? initial(words[words.length - 1]) : ''
  return `${first}${last}`.toUpperCase()
}
