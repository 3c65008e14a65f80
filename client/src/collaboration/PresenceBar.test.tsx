// @vitest-environment happy-dom

import { act } from 'react'
import { describe, expect, it, onTestFinished } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { mountReact } from '../testing/mountReact'
import { PresenceBar, visibleAvatars } from './PresenceBar'

const mounted = mountReact()

/** `names` each in a tab of their own, as the server passes their presence on to this one. */
function presenceOf(names: string[]): { awareness: Awareness; tabs: Awareness[] } {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalStateField('user', { name: 'Ada Lovelace', color: '#336699' })
  const tabs = names.map((name) => {
    const tab = new Awareness(new Y.Doc())
    tab.setLocalStateField('user', { name, color: '#996633' })
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(tab, [tab.clientID]), 'server')
    return tab
  })
  onTestFinished(() => {
    for (const each of [awareness, ...tabs]) each.destroy()
  })
  return { awareness, tabs }
}

const entries = () =>
  [...mounted.container.querySelectorAll('li')].map((entry) => entry.textContent?.trim())

describe('PresenceBar', () => {
  it('shows each open tab once, yourself first, and folds the rest into +N', () => {
    const others = ['Grace Hopper', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra']
    const { awareness } = presenceOf(others)
    mounted.render(<PresenceBar awareness={awareness} />)
    const shown = entries()
    expect(shown).toHaveLength(visibleAvatars + 1)
    expect(shown[0]).toBe('ALAda Lovelace (you)')
    expect(shown.at(-1)).toMatch(/^\+2and 2 more: /)
    const folded = mounted.container.querySelector('li:last-child')?.getAttribute('title')
    expect(folded?.split(', ')).toHaveLength(2)
  })

  it('drops a tab as soon as its presence is removed', () => {
    const { awareness, tabs } = presenceOf(['Grace Hopper', 'Grace Hopper'])
    mounted.render(<PresenceBar awareness={awareness} />)
    expect(entries()).toHaveLength(3)
    const [closing] = tabs
    if (!closing) throw new Error('no tab')
    act(() => {
      closing.setLocalState(null)
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(closing, [closing.clientID]), 'server')
    })
    expect(entries()).toEqual(['ALAda Lovelace (you)', 'GHGrace Hopper'])
  })
})
