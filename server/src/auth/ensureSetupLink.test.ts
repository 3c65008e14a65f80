import { describe, expect, it } from 'vitest'
import type { Logger } from '../logger'
import { ensureSetupLink } from './ensureSetupLink'
import { MemoryAuthStore } from './MemoryAuthStore'
import { registerAccount } from './registerAccount'

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return { lines, info: (line) => lines.push(line), warn() {}, error() {} }
}

describe('ensureSetupLink', () => {
  it('prints a new one-time link at each start until the first account exists', async () => {
    const store = new MemoryAuthStore()
    const logger = recordingLogger()
    const first = await ensureSetupLink(store, 'https://minutes.test', logger)
    const second = await ensureSetupLink(store, 'https://minutes.test', logger)
    expect(first).toMatch(/^https:\/\/minutes\.test\/setup\?token=[A-Za-z0-9_-]{43}$/)
    expect(second).not.toBe(first)
    expect(logger.lines).toEqual([
      `Create the first secretariat account: ${first}`,
      `Create the first secretariat account: ${second}`,
    ])

    const token = new URL(second ?? '').searchParams.get('token') ?? ''
    const account = { name: 'Ana Lopez', email: 'ana@example.org', password: 'long enough pw' }
    await registerAccount(store, account, { token, now: new Date() })
    expect(await ensureSetupLink(store, 'https://minutes.test', logger)).toBeUndefined()
    expect(logger.lines).toHaveLength(2)
  })

  it('gives a link that expires after a day', async () => {
    const store = new MemoryAuthStore()
    const started = new Date('2030-01-01T12:00:00.000Z')
    const url = await ensureSetupLink(store, 'http://localhost:8787', recordingLogger(), started)
    const token = new URL(url ?? '').searchParams.get('token') ?? ''
    const account = { name: 'Ana Lopez', email: 'ana@example.org', password: 'long enough pw' }
    const nextDay = new Date(started.getTime() + 24 * 3_600_000)
    await expect(registerAccount(store, account, { token, now: nextDay })).rejects.toMatchObject({
      reason: 'invalid-token',
    })
  })
})
