// @vitest-environment happy-dom

import type { CorrectionView } from '@minutes/protocol'
import { describe, expect, it } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { badgesOf } from './CorrectionBadges'
import { CorrectionsPanel } from './CorrectionsPanel'

const mounted = mountReact()
const people = [
  { id: 'p-ada', name: 'Ada Lovell' },
  { id: 'p-bo', name: 'Bo Marsh' },
]
const correction = (overrides: Partial<CorrectionView>): CorrectionView => ({
  id: '1-1',
  speakerId: 'p-ada',
  author: { name: 'Ada Lovell' },
  inserted: 'twelve',
  deleted: 'ten',
  at: '2026-12-04T09:00:00.000Z',
  state: 'pending',
  ...overrides,
})
const list = [
  correction({}),
  correction({
    id: '1-9',
    inserted: ' in three towns',
    deleted: '',
    state: 'accepted',
    class: 'newMaterial',
  }),
  correction({ id: '2-1', speakerId: 'p-bo', author: { name: 'Bo Marsh' }, state: 'reverted' }),
]
const reload = async () => {}

function render(props: Partial<Parameters<typeof CorrectionsPanel>[0]>) {
  mounted.render(
    <CorrectionsPanel
      docId="doc"
      corrections={{
        state: 'ready',
        list: { since: '2026-12-04T08:00:00.000Z', corrections: list },
      }}
      reload={reload}
      canDecide
      people={people}
      {...props}
    />,
  )
}

describe('CorrectionsPanel', () => {
  it('lists corrections per speaker as deleted and inserted text, with who and their state', () => {
    render({})
    const headings = [...mounted.container.querySelectorAll('h3')].map((h) => h.textContent)
    expect(headings).toEqual(['Ada Lovell', 'Bo Marsh'])
    const items = [...mounted.container.querySelectorAll('li.correction')]
    expect(items.map((item) => item.getAttribute('data-state'))).toEqual([
      'pending',
      'accepted',
      'reverted',
    ])
    expect(items[0]?.querySelector('del')?.textContent).toBe('Deleted: ten')
    expect(items[0]?.querySelector('ins')?.textContent).toBe('Inserted: twelve')
    expect(items[1]?.textContent).toContain('Accepted as new material (footnote)')
    // Only the pending one offers a decision.
    expect(items[0]?.querySelectorAll('button')).toHaveLength(2)
    expect(items[1]?.querySelectorAll('button')).toHaveLength(0)
  })

  it('is read-only for a speaker', () => {
    render({ canDecide: false })
    expect(mounted.container.querySelectorAll('button')).toHaveLength(0)
  })

  it('says what it waits for: loading, an error to retry, before circulation, nothing yet', () => {
    render({ corrections: { state: 'loading' } })
    expect(mounted.container.textContent).toContain('Loading corrections…')
    render({ corrections: { state: 'error', message: 'The server cannot be reached.' } })
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toContain(
      'The server cannot be reached.',
    )
    expect(mounted.container.querySelector('button')?.textContent).toBe('Try again')
    render({ corrections: { state: 'ready', list: { since: null, corrections: [] } } })
    expect(mounted.container.textContent).toContain('once the minutes are circulated')
    render({
      corrections: {
        state: 'ready',
        list: { since: '2026-12-04T08:00:00.000Z', corrections: [] },
      },
    })
    expect(mounted.container.textContent).toContain('No corrections yet.')
  })
})

describe('badgesOf', () => {
  it('says uncorrected, pending while any is, and settled once all are decided', () => {
    const badgeOf = badgesOf(list)
    expect(badgeOf('p-ada')).toBe('pending')
    expect(badgeOf('p-bo')).toBe('settled')
    expect(badgeOf('p-cy')).toBe('uncorrected')
  })
})
