/** "A", "A and B", "A, B and C": names as minutes list them. */
export function joinNames(names: readonly string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    : (names[0] ?? '')
}
