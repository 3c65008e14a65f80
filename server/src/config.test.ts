import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('reads the connection limit per address, 0 turning it off', () => {
    expect(loadConfig({}).maxConnectionsPerAddress).toBe(64)
    expect(loadConfig({ MINUTES_CONNECTIONS_PER_IP: '0' }).maxConnectionsPerAddress).toBe(0)
    expect(() => loadConfig({ MINUTES_CONNECTIONS_PER_IP: '-1' })).toThrow(ConfigError)
  })

  it('closes unfinished requests well before Node would', () => {
    const { headersTimeoutMs, requestTimeoutMs } = loadConfig({})
    expect(headersTimeoutMs).toBeLessThanOrEqual(requestTimeoutMs)
    expect(requestTimeoutMs).toBeLessThan(300_000)
  })
})
