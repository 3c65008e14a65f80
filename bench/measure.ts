import { performance } from 'node:perf_hooks'

export interface Percentiles {
  p50: number
  p95: number
  p99: number
  mean: number
}

/** Runs `work` once per input, timing each call in microseconds. */
export function timeEach<T>(inputs: readonly T[], work: (input: T) => void): Percentiles {
  return percentiles(inputs.map((input) => timeOnce(() => work(input))))
}

/** Microseconds one call of `work` takes. */
export function timeOnce(work: () => void): number {
  const started = performance.now()
  work()
  return (performance.now() - started) * 1000
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  }
}

/** Prints rows side by side: one line a row, one column a figure. */
export function printTable(title: string, rows: Record<string, Percentiles>): void {
  console.log(`\n${title}`)
  console.log(
    `${'what'.padEnd(44)}${'p50 µs'.padStart(10)}${'p99 µs'.padStart(10)}${'mean µs'.padStart(10)}`,
  )
  for (const [name, { p50, p99, mean }] of Object.entries(rows)) {
    console.log(
      `${name.padEnd(44)}${p50.toFixed(1).padStart(10)}${p99.toFixed(1).padStart(10)}${mean.toFixed(1).padStart(10)}`,
    )
  }
}
