/**
 * Our server beside its peers, in one run on one machine (issue 15): fan-out latency, cold load
 * of a heavily edited document, memory per idle document and connection. Each server runs alone
 * on core 0, the clients here on core 1; rounds alternate the servers' order. Prints one table
 * and writes it, with the machine and the command, to bench/RESULTS.md.
 * Run: `npm run bench:peers` (BENCH_QUICK=1: one short round; see the settings below).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureColdLoad } from './measureColdLoad'
import { measureFanout } from './measureFanout'
import { measureMemory } from './measureMemory'
import { type ServerKind, startBenchServer } from './startBenchServer'

const quick = process.env.BENCH_QUICK === '1'
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3))
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 2 : 3))
const receiverCounts = (process.env.BENCH_RECEIVERS ?? (quick ? '2,10' : '2,10,50'))
  .split(',')
  .map(Number)
const rates = (process.env.BENCH_RATES ?? '20,100').split(',').map(Number)
/** Which measurements run: fanout, throughput, cold, memory (all by default). */
const parts = new Set((process.env.BENCH_PARTS ?? 'fanout,throughput,cold,memory').split(','))
const traceEdits = Number(process.env.BENCH_TRACE_EDITS ?? (quick ? 50_000 : 260_000))
const kinds = (process.env.BENCH_SERVERS?.split(',') ?? [
  'minutes',
  'y-websocket',
  'y-websocket+leveldb',
  'hocuspocus',
  'null',
]) as ServerKind[]
const reference: ServerKind = 'y-websocket'
/**
 * Throughput: rates doubling from the first until one fails (p99 ≥ 50 ms or an update lost),
 * then halving the gap between the last that held and the first that failed this many times.
 */
const throughputStart = Number(process.env.BENCH_THROUGHPUT_FROM ?? (quick ? 0 : 1600))
const throughputCeiling = Number(process.env.BENCH_THROUGHPUT_TO ?? 25_600)
const throughputBisections = Number(process.env.BENCH_THROUGHPUT_BISECTIONS ?? 2)
const throughputReceivers = 2

const lines: string[] = []
function say(line = ''): void {
  console.log(line)
  lines.push(line)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN
}

/** The servers in a different order each round, so drift in the machine's load spreads evenly. */
function order(round: number): ServerKind[] {
  return kinds.map((_, index) => kinds[(index + round) % kinds.length]!)
}

const loadAtStart = loadavg()
const scratch = mkdtempSync(path.join(tmpdir(), 'minutes-bench-'))

interface RoundFigures {
  p50: number
  p99: number
  max: number
  lost: number
}
const fanout = new Map<string, RoundFigures[]>()
const key = (kind: ServerKind, rate: number, receivers: number) => `${kind}|${rate}|${receivers}`

try {
  for (let round = 0; round < (parts.has('fanout') ? rounds : 0); round++) {
    for (const kind of order(round)) {
      const server = await startBenchServer(kind, mkdtempSync(path.join(scratch, `${kind}-`)))
      try {
        for (const rate of rates) {
          for (const receivers of receiverCounts) {
            const figures = await measureFanout(server, `fanout-${round}-${rate}-${receivers}`, {
              updatesPerSecond: rate,
              receivers,
              writers: 1,
              updates: rate * seconds,
            }).then(
              (result) => {
                const sorted = result.latencies.sort((a, b) => a - b)
                return {
                  p50: percentile(sorted, 0.5),
                  p99: percentile(sorted, 0.99),
                  max: sorted[sorted.length - 1] ?? Number.NaN,
                  lost: result.lost,
                }
              },
              // A failed scenario is shown as NaN with everything lost, and the run goes on.
              (error: unknown) => {
                console.error(`round ${round + 1} ${kind} ${rate}/s ×${receivers}:`, error)
                return {
                  p50: Number.NaN,
                  p99: Number.NaN,
                  max: Number.NaN,
                  lost: receivers * rate * seconds,
                }
              },
            )
            const all = fanout.get(key(kind, rate, receivers)) ?? []
            // A failed round (NaN) counts in `lost` only.
            const list = all.filter((round) => Number.isFinite(round.p99))
            list.push(figures)
            fanout.set(key(kind, rate, receivers), list)
            console.log(
              `round ${round + 1} ${kind} ${rate}/s ×${receivers}: p99 ${figures.p99.toFixed(1)} ms`,
            )
          }
        }
      } finally {
        await server.stop()
      }
    }
  }

  if (parts.has('fanout')) {
    say(
      `Fan-out latency, ms: one writer, open loop (from the scheduled send), ${seconds} s a round`,
    )
    say(
      `${rounds} alternated rounds: medians of the rounds; p99 spread = min–max of the round p99s`,
    )
    say()
    say(
      `${'server'.padEnd(20)}${'rate'.padStart(6)}${'N'.padStart(5)}${'p50'.padStart(8)}${'p99'.padStart(8)}` +
        `${'p99 spread'.padStart(14)}${'max'.padStart(8)}${'lost'.padStart(6)}${`×${reference}`.padStart(15)}${'×null'.padStart(8)}`,
    )
    for (const rate of rates) {
      for (const receivers of receiverCounts) {
        const p99Of = (kind: ServerKind) =>
          median(
            (fanout.get(key(kind, rate, receivers)) ?? [])
              .map((round) => round.p99)
              .filter(Number.isFinite),
          )
        for (const kind of kinds) {
          const all = fanout.get(key(kind, rate, receivers)) ?? []
          // A failed round (NaN) counts in `lost` only.
          const list = all.filter((round) => Number.isFinite(round.p99))
          const p99s = list.map((round) => round.p99)
          const p99 = median(p99s)
          const spread = `${Math.min(...p99s).toFixed(1)}–${Math.max(...p99s).toFixed(1)}`
          say(
            `${kind.padEnd(20)}${String(rate).padStart(6)}${String(receivers).padStart(5)}` +
              `${median(list.map((round) => round.p50))
                .toFixed(1)
                .padStart(8)}${p99.toFixed(1).padStart(8)}${spread.padStart(14)}` +
              `${median(list.map((round) => round.max))
                .toFixed(1)
                .padStart(
                  8,
                )}${String(all.reduce((sum, round) => sum + round.lost, 0)).padStart(6)}` +
              `${(p99 / p99Of(reference)).toFixed(2).padStart(15)}${(p99 / p99Of('null')).toFixed(2).padStart(8)}`,
          )
        }
      }
    }
  }

  if (parts.has('throughput') && throughputStart > 0) {
    say()
    say(
      `Throughput: highest sustained rate with p99 < 50 ms and nothing lost (doubling from ${throughputStart}/s ` +
        `to at most ${throughputCeiling}/s, then ${throughputBisections} bisections), ${throughputReceivers} receivers, ` +
        `${seconds} s a rate, held if one of two tries held (p99 at that rate); the null relay shows the bench client's own ceiling`,
    )
    say(`${'server'.padEnd(22)}${'1 writer'.padStart(20)}${'10 writers'.padStart(20)}`)
    for (const kind of kinds) {
      const start = async () => {
        const started = await startBenchServer(kind, mkdtempSync(path.join(scratch, `${kind}-`)))
        // Discarded: the first scenario on a new process pays for compiling the code it runs.
        await measureFanout(started, 'throughput-warm-up', {
          updatesPerSecond: throughputStart,
          receivers: throughputReceivers,
          writers: 1,
          updates: throughputStart,
        }).catch((error: unknown) => console.log(`throughput ${kind}: warm-up failed`, error))
        return started
      }
      let server = await start()
      const cells: string[] = []
      try {
        for (const writers of [1, 10]) {
          let tries = 0
          /** The p99 at `rate`, or undefined when two tries in a row did not sustain it. */
          const sustains = async (rate: number): Promise<number | undefined> =>
            (await tryRate(rate)) ?? (await tryRate(rate))
          const tryRate = async (rate: number): Promise<number | undefined> => {
            try {
              const result = await measureFanout(server, `throughput-${writers}-${tries++}`, {
                updatesPerSecond: rate,
                receivers: throughputReceivers,
                writers,
                updates: Math.ceil((rate * seconds) / writers),
              })
              const p99 = percentile(
                result.latencies.sort((a, b) => a - b),
                0.99,
              )
              console.log(
                `throughput ${kind} ${writers} writers ${rate}/s: p99 ${p99.toFixed(1)} ms`,
              )
              if (p99 < 50 && result.lost === 0) return p99
            } catch (error) {
              console.log(`throughput ${kind} ${writers} writers ${rate}/s: failed`, error)
            }
            // What an overloaded server still has queued must not weigh on the next rate.
            await server.stop()
            server = await start()
            return undefined
          }
          let held: { rate: number; p99: number } | undefined
          let failed: number | undefined
          for (let rate = throughputStart; rate <= throughputCeiling; rate *= 2) {
            const p99 = await sustains(rate)
            if (p99 === undefined) {
              failed = rate
              break
            }
            held = { rate, p99 }
          }
          for (let step = 0; held && failed && step < throughputBisections; step++) {
            const rate = Math.round((held.rate + failed) / 2)
            const p99 = await sustains(rate)
            if (p99 === undefined) failed = rate
            else held = { rate, p99 }
          }
          cells.push(
            held
              ? `${failed ? '' : '≥ '}${held.rate}/s (${held.p99.toFixed(1)} ms)`
              : `< ${throughputStart}/s`,
          )
        }
      } finally {
        await server.stop()
      }
      say(`${kind.padEnd(22)}${cells[0]!.padStart(20)}${cells[1]!.padStart(20)}`)
    }
  }

  if (parts.has('cold')) {
    say()
    say(
      `Cold load: ${traceEdits} single-character edits (B4-like, seeded PRNG), stored compacted ` +
        '(one update) and as a log of typed updates; ms from connect until a new client has the last ' +
        `edit, each server restarted before each load; median (min–max) of ${rounds}`,
    )
    const stored = kinds.filter((kind) => kind !== 'y-websocket' && kind !== 'null')
    const cold = await measureColdLoad(stored, traceEdits, rounds, (kind) =>
      mkdtempSync(path.join(scratch, `${kind}-cold-`)),
    )
    for (const line of cold) say(line)
  }

  if (parts.has('memory')) {
    say()
    say(
      'Memory: server RSS after a full GC, and its growth per idle document and per idle connection',
    )
    const memory = await measureMemory(kinds, (kind) => path.join(scratch, `${kind}-memory-`))
    for (const line of memory) say(line)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

const loadAtEnd = loadavg()
const cpu = cpus()
const machine =
  `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores; load average at start ` +
  `${loadAtStart.map((value) => value.toFixed(2)).join(' ')}, at end ${loadAtEnd.map((value) => value.toFixed(2)).join(' ')}`
const settings = Object.entries(process.env)
  .filter(([name]) => name.startsWith('BENCH_'))
  .map(([name, value]) => `${name}=${value} `)
  .join('')
const results = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md')
// What people wrote after the tables (from the first second-level heading on) stays.
const previous = existsSync(results) ? readFileSync(results, 'utf8') : ''
const written = previous.indexOf('\n## ')
const kept = written === -1 ? '' : previous.slice(written + 1)
writeFileSync(
  results,
  [
    '# Benchmarks against the peers',
    '',
    `Written by \`${settings}npm run bench:peers\` on ${new Date().toISOString()}.`,
    '',
    `Machine: ${machine}. Node ${process.version}.`,
    '',
    '```',
    ...lines,
    '```',
    '',
    ...(kept ? [kept] : []),
  ].join('\n'),
)
console.log(`\n${machine}\nwritten to ${results}`)
