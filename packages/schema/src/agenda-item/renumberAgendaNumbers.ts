const dotted = /^\d{1,6}(?:\.\d{1,6})*$/

/**
 * The numbers agenda items take when renumbered in order: 1, 2, 3…, a sub-item ("3.1") under the
 * item before it ("4.1" after "4"), an unnumbered item as a whole one. A minute reference or a
 * worded number ("TB 25/061", "Item 4") is the organisation's own and is kept, and not counted.
 * A sub-item with no item above it becomes a whole one.
 */
export function renumberAgendaNumbers(numbers: readonly (string | null)[]): (string | null)[] {
  const counters: number[] = []
  return numbers.map((number) => {
    if (number !== null && !dotted.test(number)) return number
    const depth = Math.min(number === null ? 1 : number.split('.').length, counters.length + 1)
    counters.length = depth
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1
    return counters.join('.')
  })
}
