/**
 * Where each card of a margin goes, given where it would like to be (level with its text) and
 * how tall it is, in order: no card overlaps the next, none goes above 0 (the margin's top), and
 * each sits as high as it may, at best level with its text. The active card (when there is room
 * above it for those before it) sits exactly at its wish: the cards before it move up out of its
 * way, those after it down.
 */
export function placeCards(
  desired: readonly number[],
  heights: readonly number[],
  activeIndex: number | null,
  gap: number,
): number[] {
  const heightAt = (index: number) => heights[index] ?? 0
  const tops: number[] = []
  let free = 0
  desired.forEach((wish, index) => {
    const isActive = index === activeIndex
    // The active card takes its place first; only the room its predecessors need holds it down.
    const top = isActive ? Math.max(wish, roomAbove(heights, index, gap)) : Math.max(wish, free)
    tops.push(top)
    free = top + heightAt(index) + gap
  })
  if (activeIndex === null || activeIndex >= tops.length) return tops
  for (let index = activeIndex - 1; index >= 0; index--) {
    const below = tops[index + 1] ?? 0
    tops[index] = Math.min(tops[index] ?? 0, below - gap - heightAt(index))
  }
  return tops
}

/** How far down the card at `index` must be for every card before it to fit above it. */
function roomAbove(heights: readonly number[], index: number, gap: number): number {
  let room = 0
  for (let before = 0; before < index; before++) room += (heights[before] ?? 0) + gap
  return room
}
