import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { repoRoot } from './repoRoot.mjs'

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Runs a command with the terminal's output and resolves with its exit code (128 + signal
 * number if a signal ended it). While it runs, SIGINT/SIGTERM/SIGHUP are forwarded to it, and
 * SIGTERM is sent to it if our parent goes away.
 */
export function run(command, args, { cwd = repoRoot, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      // No prompts: a tool that wants an answer fails instead of waiting for one.
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    })
    const lastForwarded = new Map()
    const forward = (signal) => {
      // Ctrl+C reaches the child from the terminal and again through npm and us: one is enough.
      const now = Date.now()
      if (now - (lastForwarded.get(signal) ?? 0) < 1000) return
      lastForwarded.set(signal, now)
      child.kill(signal)
    }
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
    // `kill <npm's pid>` ends npm and its shell but not us: without this the server would keep
    // the port after the command that started it is gone.
    const parent = process.ppid
    const watchParent = setInterval(() => {
      if (process.ppid === parent) return
      clearInterval(watchParent)
      forward('SIGTERM')
    }, 1000)
    watchParent.unref()
    const stop = () => {
      clearInterval(watchParent)
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward)
    }
    child.on('error', (error) => {
      stop()
      reject(new Error(`Could not start \`${command}\`: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      stop()
      resolve(code ?? 128 + (constants.signals[signal] ?? 0))
    })
  })
}
