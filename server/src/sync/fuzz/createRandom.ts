/** A seeded source of choices: the same seed replays the same frames. */
export interface Random {
  readonly seed: number
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, bound). */
  int(bound: number): number
  /** An integer in [min, max]. */
  between(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of `choices`, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T
  bytes(length: number): Uint8Array
  /** A size in [0, max], skewed towards small values but reaching `max` now and then. */
  size(max: number): number
  /** A generator of its own, seeded from this one: one per worker keeps each reproducible. */
  fork(): Random
}

/** mulberry32: small, fast and good enough to pick bytes; not for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (bound: number) => Math.floor(next() * bound)
  const random: Random = {
    seed,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)]
      if (item === undefined) throw new Error('Cannot pick from an empty list.')
      return item
    },
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
      let target = next() * total
      for (const [choice, weight] of choices) {
        target -= weight
        if (target < 0) return choice
      }
      return random.pick(choices)[0]
    },
    bytes(length) {
      const bytes = new Uint8Array(length)
      for (let index = 0; index < length; index++) bytes[index] = int(256)
      return bytes
    },
    size: (max) => Math.floor((max + 1) ** next()) - 1,
    fork: () => createRandom(int(4_294_967_296)),
  }
  return random
}

/** `MINUTES_FUZZ_SEED` replays a failed run; otherwise each run explores new frames. */
export function readFuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MINUTES_FUZZ_SEED
  if (raw === undefined || raw === '') return Math.floor(Math.random() * 4_294_967_296)
  const seed = Number(raw)
  if (!Number.isInteger(seed) || seed < 0 || seed >= 4_294_967_296) {
    throw new Error(`MINUTES_FUZZ_SEED must be a whole number from 0 to 4294967295, not "${raw}"`)
  }
  return seed
}
