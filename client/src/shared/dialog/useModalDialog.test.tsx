// @vitest-environment happy-dom

import { act, useRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountReact } from '../../testing/mountReact'
import { useModalDialog } from './useModalDialog'

const mounted = mountReact()

function Dialog({ onCancel, focusSecond }: { onCancel: () => void; focusSecond?: boolean }) {
  const secondRef = useRef<HTMLButtonElement>(null)
  const dialog = useModalDialog({ onCancel, ...(focusSecond && { initialFocusRef: secondRef }) })
  return (
    <dialog {...dialog} className="modal-dialog" aria-label="Example">
      <button type="button">First</button>
      <button ref={secondRef} type="button">
        Second
      </button>
    </dialog>
  )
}

function Page({ isOpen, onCancel }: { isOpen: boolean; onCancel: () => void }) {
  return (
    <>
      <button type="button">Opener</button>
      {isOpen && <Dialog onCancel={onCancel} focusSecond />}
    </>
  )
}

const dialogOf = () => {
  const dialog = mounted.container.querySelector('dialog')
  if (!dialog) throw new Error('no dialog rendered')
  return dialog
}

describe('useModalDialog', () => {
  it('opens modal with the focus where asked, and gives it back to the opener on closing', () => {
    mounted.render(<Page isOpen={false} onCancel={() => {}} />)
    const opener = mounted.container.querySelector('button')
    opener?.focus()
    mounted.render(<Page isOpen onCancel={() => {}} />)
    expect(dialogOf().open).toBe(true)
    expect(document.activeElement?.textContent).toBe('Second')

    mounted.render(<Page isOpen={false} onCancel={() => {}} />)
    expect(mounted.container.querySelector('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('leaves closing on Escape to the caller, with its latest handler', () => {
    const first = vi.fn()
    const latest = vi.fn()
    mounted.render(<Dialog onCancel={first} />)
    mounted.render(<Dialog onCancel={latest} />)
    const cancel = new Event('cancel', { cancelable: true })
    act(() => {
      dialogOf().dispatchEvent(cancel)
    })
    expect(cancel.defaultPrevented).toBe(true)
    expect(dialogOf().open).toBe(true)
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledTimes(1)
  })
})
