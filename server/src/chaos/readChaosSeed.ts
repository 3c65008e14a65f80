/** `MINUTES_CHAOS_SEED` replays a run's choices (the network's timing is not replayed). */
export function readChaosSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MINUTES_CHAOS_SEED
  if (raw === undefined || raw === '') return Math.floor(Math.random() * 4_294_967_296)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value >= 4_294_967_296) {
    throw new Error(`MINUTES_CHAOS_SEED must be a whole number from 0 to 4294967295, not "${raw}"`)
  }
  return value
}
