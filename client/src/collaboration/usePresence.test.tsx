// @vitest-environment happy-dom

import { act } from 'react'
import { describe, expect, it, onTestFinished } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { mountReact } from '../testing/mountReact'
import { type Participant, usePresence } from './usePresence'

const mounted = mountReact()

function twoTabs(): { awareness: Awareness; peer: Awareness; pass: () => void } {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalStateField('user', { name: 'Ada Lovelace', color: '#336699' })
  const peer = new Awareness(new Y.Doc())
  peer.setLocalStateField('user', { name: 'Grace Hopper', color: '#996633' })
  const pass = () =>
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'server')
  pass()
  onTestFinished(() => {
    awareness.destroy()
    peer.destroy()
  })
  return { awareness, peer, pass }
}

/** Records each distinct list the hook returns: a new list is a new React commit downstream. */
function Probe({ awareness, seen }: { awareness: Awareness; seen: Participant[][] }) {
  const participants = usePresence(awareness)
  if (seen.at(-1) !== participants) seen.push(participants)
  return null
}

function renderRecording(awareness: Awareness): Participant[][] {
  const seen: Participant[][] = []
  mounted.render(<Probe awareness={awareness} seen={seen} />)
  return seen
}

describe('usePresence', () => {
  it('keeps the same list while a peer only moves their caret', () => {
    const { awareness, peer, pass } = twoTabs()
    const seen = renderRecording(awareness)
    const before = seen.length
    for (let offset = 0; offset < 20; offset += 1) {
      act(() => {
        peer.setLocalStateField('cursor', { anchor: offset, head: offset })
        pass()
      })
    }
    expect(seen).toHaveLength(before)
    expect(seen.at(-1)?.map((each) => each.name)).toEqual(['Ada Lovelace', 'Grace Hopper'])
  })

  it('gives a new list when a peer changes name or colour, joins or leaves', () => {
    const { awareness, peer, pass } = twoTabs()
    const seen = renderRecording(awareness)
    act(() => {
      peer.setLocalStateField('user', { name: 'Grace B. Hopper', color: '#996633' })
      pass()
    })
    expect(seen.at(-1)?.[1]?.name).toBe('Grace B. Hopper')
    act(() => {
      peer.setLocalStateField('user', { name: 'Grace B. Hopper', color: '#123456' })
      pass()
    })
    expect(seen.at(-1)?.[1]?.color).toBe('#123456')
    const third = new Awareness(new Y.Doc())
    onTestFinished(() => third.destroy())
    third.setLocalStateField('user', { name: 'Alan Turing', color: '#654321' })
    act(() => {
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(third, [third.clientID]), 'server')
    })
    expect(seen.at(-1)?.map((each) => each.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace B. Hopper',
    ])
  })
})
