import { describe, expect, it } from 'vitest'
import {
  initialSessionStatus,
  reduceSessionStatus,
  type SessionEvent,
  type SessionStatus,
} from './sessionStatus'

const run = (events: SessionEvent[], start: SessionStatus = initialSessionStatus(false)) =>
  events.reduce(reduceSessionStatus, start)

describe('reduceSessionStatus', () => {
  it('is connecting, and not loaded, until the server has synced', () => {
    const status = initialSessionStatus(false)
    expect(status).toMatchObject({ connection: 'connecting', isLoaded: false })
    expect(run([{ type: 'synced' }])).toMatchObject({ connection: 'connected', isLoaded: true })
  })

  it('shows a local copy with content before the server answers', () => {
    expect(run([{ type: 'local-copy-loaded', hasContent: true }])).toMatchObject({
      isLoaded: true,
      connection: 'connecting',
    })
    expect(run([{ type: 'local-copy-loaded', hasContent: false }])).toMatchObject({
      isLoaded: false,
      isLocalCopyEmpty: true,
    })
  })

  it('reconnects quietly at first, and reports offline once the connection stays down', () => {
    const lost = run([{ type: 'synced' }, { type: 'connection-lost' }])
    expect(lost.connection).toBe('connecting')
    expect(run([{ type: 'still-lost' }], lost).connection).toBe('offline')
  })

  it('ignores a stale "still lost" timer once synced again', () => {
    const status = run([{ type: 'connection-lost' }, { type: 'synced' }, { type: 'still-lost' }])
    expect(status.connection).toBe('connected')
  })

  it('is offline as soon as the browser says so', () => {
    const status = run([{ type: 'synced' }, { type: 'browser-offline' }])
    expect(status.connection).toBe('offline')
    expect(run([{ type: 'browser-online' }], status).connection).toBe('connecting')
  })

  it('counts local changes made while not connected, and clears them on the next sync', () => {
    const offline = run([
      { type: 'synced' },
      { type: 'local-change' },
      { type: 'browser-offline' },
      { type: 'local-change' },
      { type: 'local-change' },
    ])
    expect(offline.unsyncedChanges).toBe(2)
    const back = run([{ type: 'browser-online' }, { type: 'synced' }], offline)
    expect(back).toMatchObject({ connection: 'connected', unsyncedChanges: 0 })
  })

  it('turns the server close codes into a not-found state or an error to retry', () => {
    expect(run([{ type: 'closed', code: 4404, reason: '' }]).failure).toEqual({
      kind: 'not-found',
    })
    const failed = run([{ type: 'synced' }, { type: 'closed', code: 1011, reason: '' }])
    expect(failed).toMatchObject({ connection: 'offline', failure: { kind: 'error' } })
    expect(run([{ type: 'retry' }, { type: 'synced' }], failed)).toMatchObject({
      connection: 'connected',
      failure: null,
    })
  })
})

describe('notices and refusals', () => {
  const report = {
    reason: 'This change is outside your section and was not saved.',
    passages: [{ text: 'Not mine to change', reason: 'Outside your section.', isRemoval: false }],
  }

  it('shows what was not accepted until it is dismissed', () => {
    const status = run([{ type: 'synced' }, { type: 'refusal-reported', report }])
    expect(status.notice).toEqual(report)
    expect(run([{ type: 'connection-lost' }, { type: 'synced' }], status).notice).toEqual(report)
    expect(run([{ type: 'notice-dismissed' }], status).notice).toBeNull()
  })

  it('shows nothing when everything the person wrote was put back', () => {
    const status = run([
      { type: 'synced' },
      { type: 'refusal-reported', report: { ...report, passages: [] } },
    ])
    expect(status.notice).toBeNull()
  })

  it('says what to do when the server does not know who this is', () => {
    expect(run([{ type: 'closed', code: 4401, reason: 'unauthorized' }]).failure).toEqual({
      kind: 'error',
      message: 'Sign in, or open your invitation link again.',
    })
  })
})
