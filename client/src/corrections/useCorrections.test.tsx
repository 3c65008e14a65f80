// @vitest-environment happy-dom

import type { WorkflowStatus } from '@minutes/permissions'
import type { CorrectionList } from '@minutes/protocol'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { useCorrections } from './useCorrections'

const mounted = mountReact()
const round: CorrectionList = { since: '2026-12-04T08:00:00.000Z', corrections: [] }

/** Shows what the hook has: the round's start, or its state. */
function Corrections({
  status,
  isEnabled = true,
}: {
  status: WorkflowStatus
  isEnabled?: boolean
}) {
  const { corrections } = useCorrections('doc-1', null, isEnabled, status)
  return <p>{corrections.state === 'ready' ? String(corrections.list.since) : corrections.state}</p>
}

/** Lets the fake fetch's answers arrive. */
async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0)
  })
}

async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

describe('useCorrections', () => {
  const requests: string[] = []

  beforeEach(() => {
    vi.useFakeTimers()
    requests.length = 0
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        requests.push(path)
        return new Response(JSON.stringify(round), {
          headers: { 'Content-Type': 'application/json' },
        })
      }),
    )
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('asks nothing while the minutes are a draft, and says they are not circulated', async () => {
    mounted.render(<Corrections status="draft" />)
    await wait(30_000)
    expect(requests).toEqual([])
    expect(mounted.container.textContent).toBe('null')
  })

  it('starts reading when the minutes turn circulated, and keeps the list current', async () => {
    mounted.render(<Corrections status="draft" />)
    await wait(10_000)
    mounted.render(<Corrections status="circulated" />)
    await settle()
    expect(requests).toEqual(['/api/docs/doc-1/corrections'])
    expect(mounted.container.textContent).toBe(round.since)
    await wait(5_000)
    expect(requests).toHaveLength(2)
  })

  it('reads approved minutes once: they take no more corrections', async () => {
    mounted.render(<Corrections status="approved" />)
    await settle()
    await wait(30_000)
    expect(requests).toHaveLength(1)
    expect(mounted.container.textContent).toBe(round.since)
  })

  it('asks nothing for someone who sees no corrections', async () => {
    mounted.render(<Corrections status="circulated" isEnabled={false} />)
    await wait(30_000)
    expect(requests).toEqual([])
  })
})
