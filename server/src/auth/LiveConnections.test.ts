import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LiveConnections } from './LiveConnections'

/** A connection that records why it was ended. */
function recorder() {
  const reasons: string[] = []
  return { reasons, end: (reason: string) => reasons.push(reason) }
}

describe('LiveConnections', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends a connection the moment its credentials expire, and not before', () => {
    const live = new LiveConnections()
    const connection = recorder()
    live.add(connection, { invitationId: 'i1', expiresAt: Date.now() + 60_000 })
    vi.advanceTimersByTime(59_999)
    expect(connection.reasons).toEqual([])
    vi.advanceTimersByTime(1)
    expect(connection.reasons).toEqual([
      'Your invitation has expired. Sign in, or ask the secretariat for a new link.',
    ])
    expect(live.size).toBe(0)
  })

  it('ends at once a connection whose credentials have already expired', () => {
    const live = new LiveConnections()
    const connection = recorder()
    live.add(connection, { sessionId: 's1', expiresAt: Date.now() })
    expect(connection.reasons).toEqual([
      'Your session has expired. Sign in, or ask the secretariat for a new link.',
    ])
  })

  it('waits out expiries longer than one timer can', () => {
    const live = new LiveConnections()
    const connection = recorder()
    const sixtyDaysMs = 60 * 24 * 3_600_000
    live.add(connection, { sessionId: 's1', expiresAt: Date.now() + sixtyDaysMs })
    vi.advanceTimersByTime(sixtyDaysMs - 1)
    expect(connection.reasons).toEqual([])
    vi.advanceTimersByTime(1)
    expect(connection.reasons).toHaveLength(1)
  })

  it('ends the connections of one invitation or one session, and only those', () => {
    const live = new LiveConnections()
    const [invited, otherInvited, signedIn, otherSignedIn] = [1, 2, 3, 4].map(recorder)
    live.add(invited ?? recorder(), { invitationId: 'i1', sessionId: 's1' })
    live.add(otherInvited ?? recorder(), { invitationId: 'i2' })
    live.add(signedIn ?? recorder(), { sessionId: 's2' })
    live.add(otherSignedIn ?? recorder(), { sessionId: 's3' })

    live.endInvitation('i1', 'Withdrawn.')
    live.endSession('s2', 'Signed out.')
    expect(invited?.reasons).toEqual(['Withdrawn.'])
    expect(signedIn?.reasons).toEqual(['Signed out.'])
    expect(otherInvited?.reasons).toEqual([])
    expect(otherSignedIn?.reasons).toEqual([])
    expect(live.size).toBe(2)
  })

  it('forgets a closed connection, and its timer', () => {
    const live = new LiveConnections()
    const connection = recorder()
    const remove = live.add(connection, { invitationId: 'i1', expiresAt: Date.now() + 1_000 })
    remove()
    live.endInvitation('i1', 'Withdrawn.')
    vi.advanceTimersByTime(2_000)
    expect(connection.reasons).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
