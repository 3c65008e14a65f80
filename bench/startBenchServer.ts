import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildServer } from '../scripts/lib/buildServer.mjs'
import { startServerProcess } from '../server/src/testing/startServerProcess'
import type { Framing } from './SyncConnection'

const here = path.dirname(fileURLToPath(import.meta.url))
const gcOnSignal = pathToFileURL(path.join(here, 'servers/gcOnSignal.mjs')).href
export const adminToken = 'bench-admin-token-of-at-least-thirty-two-characters'

export type ServerKind = 'minutes' | 'y-websocket' | 'y-websocket+leveldb' | 'hocuspocus' | 'null'

/** Where a client reaches one document, and as whom. */
export interface DocumentAddress {
  url: string
  documentName: string
  framing: Framing
  headers?: Record<string, string>
  syncedOnOpen?: boolean
}

export interface BenchServer {
  kind: ServerKind
  pid: number
  /** A new, empty document (ours: created through the API, with its initial content). */
  createDocument(name: string): Promise<DocumentAddress>
  /** Where an existing document is reached on this process (ports change on restart). */
  address(documentName: string): DocumentAddress
  /** Resident memory in bytes after a full garbage collection in the server. */
  rssAfterGc(): Promise<number>
  stop(): Promise<void>
}

/**
 * Starts one server as its own process pinned to core 0 (the bench runs on the other), with its
 * data, if it keeps any, in `dataDir`.
 */
export async function startBenchServer(kind: ServerKind, dataDir: string): Promise<BenchServer> {
  if (kind === 'minutes') return startMinutes(dataDir)
  const port = await freePort()
  const script = {
    'y-websocket': 'yWebsocketServer.mjs',
    'y-websocket+leveldb': 'yWebsocketServer.mjs',
    hocuspocus: 'hocuspocusServer.mjs',
    null: 'nullRelay.mjs',
  }[kind]
  const child = spawn(
    'taskset',
    ['-c', '0', process.execPath, '--import', gcOnSignal, path.join(here, 'servers', script)],
    {
      cwd: here,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        ...(kind === 'y-websocket+leveldb' ? { YPERSISTENCE: path.join(dataDir, 'leveldb') } : {}),
        ...(kind === 'hocuspocus' ? { DATABASE: path.join(dataDir, 'hocuspocus.sqlite') } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  await waitForOutput(child, /running at/)
  const base = `ws://127.0.0.1:${port}`
  const framing: Framing = kind === 'hocuspocus' ? 'hocuspocus' : 'y-websocket'
  const address = (name: string): DocumentAddress => ({
    url: framing === 'hocuspocus' ? base : `${base}/${name}`,
    documentName: name,
    framing,
    syncedOnOpen: kind === 'null',
  })
  return {
    kind,
    pid: child.pid ?? 0,
    createDocument: async (name) => address(name),
    address,
    rssAfterGc: () => rssAfterGc(child.pid ?? 0),
    stop: () => stopProcess(child),
  }
}

async function startMinutes(dataDir: string): Promise<BenchServer> {
  // The compiled build `npm start` runs, so memory and latency are what users get.
  await buildServer()
  const server = await startServerProcess({
    dataDir,
    adminToken,
    compiled: true,
    env: {
      MINUTES_CONNECTIONS_PER_IP: '0',
      MINUTES_DEMO: 'off',
      NODE_OPTIONS: `--import=${gcOnSignal}`,
      ...benchEnv,
    },
  })
  const pid = server.child.pid ?? 0
  // Every thread, including the ones libuv and V8 started before this call.
  execFileSync('taskset', ['-a', '-cp', '0', String(pid)], { stdio: 'ignore' })
  const wsBase = `${server.url.replace(/^http/, 'ws')}/sync`
  const address = (id: string): DocumentAddress => ({
    url: `${wsBase}/${id}`,
    documentName: id,
    framing: 'y-websocket',
    headers: { authorization: `Bearer ${adminToken}` },
  })
  return {
    kind: 'minutes',
    pid,
    async createDocument(name) {
      const response = await fetch(`${server.url}/api/docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ title: name }),
      })
      const { id } = (await response.json()) as { id: string }
      if (!response.ok) throw new Error(`creating a document answered ${response.status}`)
      return address(id)
    },
    address,
    rssAfterGc: () => rssAfterGc(pid),
    stop: () => stopProcess(server.child),
  }
}

/** Extra server settings for one scenario (the cold-load log keeps every update). */
const benchEnv: Record<string, string> = {}
export function setMinutesEnv(env: Record<string, string>): void {
  for (const key of Object.keys(benchEnv)) delete benchEnv[key]
  Object.assign(benchEnv, env)
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

async function rssAfterGc(pid: number): Promise<number> {
  process.kill(pid, 'SIGUSR2')
  await new Promise((resolve) => setTimeout(resolve, 500))
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return kilobytes * 1024
}

/** SIGTERM (every server here saves what it holds on it), SIGKILL after 10 s. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}
