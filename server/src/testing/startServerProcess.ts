import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** Enough of the process's output to show why it died, without holding a noisy run in memory. */
const keptOutputChars = 64 * 1024

export interface ServerProcess {
  child: ChildProcess
  /** http://127.0.0.1:port */
  url: string
  /** The last 64 KiB of what the process wrote to stdout and stderr. */
  output(): string
  /** Settles when the process exits, with its code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * Starts the server as its own process and waits for its URL: `src/main.ts` through tsx, or the
 * compiled build `npm start` runs (build it first with `buildServer`). A crash is then the process
 * exiting, which a test can observe and report, not an error inside the test's own process.
 */
export async function startServerProcess({
  dataDir,
  adminToken,
  env = {},
  startTimeoutMs = 15_000,
  compiled = false,
}: {
  dataDir: string
  adminToken: string
  env?: Record<string, string>
  /** Longer for tests that start several processes at once on a busy machine. */
  startTimeoutMs?: number
  /** Run server/dist/main.mjs, as `npm start` does, instead of the sources through tsx. */
  compiled?: boolean
}): Promise<ServerProcess> {
  const args = compiled ? ['dist/main.mjs'] : ['--import', 'tsx', 'src/main.ts']
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      MINUTES_DATA_DIR: dataDir,
      MINUTES_ADMIN_TOKEN: adminToken,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const read = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-keptOutputChars)
  }
  child.stdout?.on('data', read)
  child.stderr?.on('data', read)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${output}`))
    }, startTimeoutMs)
    const watch = () => {
      const match = /running at (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        child.stdout?.off('data', watch)
        child.stderr?.off('data', watch)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', watch)
    child.stderr?.on('data', watch)
    void exited.then(({ code }) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { child, url, output: () => output, exited }
}
