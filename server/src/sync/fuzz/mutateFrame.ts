import { concatBytes, varUint } from './clientFrames'
import type { Random } from './createRandom'

/** Lengths and counts that make a decoder allocate or loop for ever if it believes them. */
export const hugeNumbers = [
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 48,
  Number.MAX_SAFE_INTEGER,
] as const

type Mutation = (random: Random, frame: Uint8Array, others: readonly Uint8Array[]) => Uint8Array

const mutations: readonly (readonly [Mutation, number])[] = [
  [flipBits, 4],
  [overwriteBytes, 2],
  [truncate, 3],
  [spliceOther, 2],
  [insertBytes, 1],
  [rewriteVarUint, 4],
  [duplicateRange, 1],
]

/** A valid frame with one to three mutations: flipped bits, cuts, splices, rewritten lengths. */
export function mutateFrame(
  random: Random,
  frame: Uint8Array,
  others: readonly Uint8Array[],
): Uint8Array {
  let mutated = frame
  for (let count = random.between(1, 3); count > 0; count--) {
    mutated = random.weighted(mutations)(random, mutated, others)
  }
  return mutated
}

function flipBits(random: Random, frame: Uint8Array): Uint8Array {
  const copy = frame.slice()
  if (copy.length === 0) return copy
  for (let count = random.between(1, 8); count > 0; count--) {
    const index = random.int(copy.length)
    copy[index] = (copy[index] ?? 0) ^ (1 << random.int(8))
  }
  return copy
}

function overwriteBytes(random: Random, frame: Uint8Array): Uint8Array {
  const copy = frame.slice()
  if (copy.length === 0) return copy
  const length = Math.min(random.between(1, 8), copy.length)
  copy.set(random.bytes(length), random.int(copy.length - length + 1))
  return copy
}

function truncate(random: Random, frame: Uint8Array): Uint8Array {
  return frame.slice(0, random.int(frame.length))
}

function spliceOther(random: Random, frame: Uint8Array, others: readonly Uint8Array[]): Uint8Array {
  const other = others.length > 0 ? random.pick(others) : frame
  return concatBytes(
    frame.subarray(0, random.int(frame.length + 1)),
    other.subarray(random.int(other.length + 1)),
  )
}

function insertBytes(random: Random, frame: Uint8Array): Uint8Array {
  const at = random.int(frame.length + 1)
  return concatBytes(frame.subarray(0, at), random.bytes(random.between(1, 16)), frame.subarray(at))
}

/**
 * Replaces the varUint starting at a random offset (often the payload length, right after
 * the two type bytes) with a huge or tiny one: every length and count in the protocol is one.
 */
function rewriteVarUint(random: Random, frame: Uint8Array): Uint8Array {
  const start = random.chance(0.3) ? Math.min(2, frame.length) : random.int(frame.length + 1)
  let end = start
  while (end < frame.length && ((frame[end] ?? 0) & 0x80) !== 0) end++
  end = Math.min(end + 1, frame.length)
  const value = random.chance(0.8) ? random.pick(hugeNumbers) : random.int(3)
  return concatBytes(frame.subarray(0, start), varUint(value), frame.subarray(end))
}

function duplicateRange(random: Random, frame: Uint8Array): Uint8Array {
  const start = random.int(frame.length + 1)
  const end = Math.min(frame.length, start + random.between(1, 256))
  return concatBytes(frame.subarray(0, end), frame.subarray(start))
}
