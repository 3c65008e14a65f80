import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config'
import { loadAuthConfig } from './loadAuthConfig'

describe('loadAuthConfig', () => {
  it('defaults to localhost on the server port, with no admin token', () => {
    expect(loadAuthConfig({})).toEqual({
      publicUrl: 'http://localhost:8787',
      adminToken: undefined,
    })
    expect(loadAuthConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000')
  })

  it('takes a public origin, dropping a trailing slash', () => {
    const config = loadAuthConfig({
      MINUTES_PUBLIC_URL: 'https://minutes.example.org/',
      MINUTES_ADMIN_TOKEN: 'a'.repeat(32),
    })
    expect(config).toEqual({ publicUrl: 'https://minutes.example.org', adminToken: 'a'.repeat(32) })
  })

  it.each([
    'minutes.example.org',
    'ftp://minutes.example.org',
    'https://minutes.example.org/app',
    'https://minutes.example.org/?x=1',
  ])('refuses the public URL %s', (value) => {
    expect(() => loadAuthConfig({ MINUTES_PUBLIC_URL: value })).toThrow(ConfigError)
  })

  it('refuses an admin token too short to be a secret', () => {
    expect(() => loadAuthConfig({ MINUTES_ADMIN_TOKEN: 'secret' })).toThrow(/at least 32/)
    expect(() => loadAuthConfig({ MINUTES_ADMIN_TOKEN: `${'a'.repeat(32)} b` })).toThrow(
      ConfigError,
    )
  })
})
