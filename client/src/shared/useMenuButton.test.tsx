// @vitest-environment happy-dom

import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { useMenuButton } from './useMenuButton'

const mounted = mountReact()

const labels = ['Apple', 'Banana', 'Blueberry', 'Cherry']

function Menu({
  isDisabled,
  hasTypeAhead,
  onOpen,
}: {
  isDisabled?: boolean
  hasTypeAhead?: boolean
  onOpen?: (menu: HTMLElement | null) => void
}) {
  const menu = useMenuButton({ isDisabled, hasTypeAhead, onOpen })
  return (
    <>
      <button ref={menu.buttonRef} type="button" onClick={menu.toggle}>
        Fruit
      </button>
      <button type="button" onClick={() => menu.open('last')}>
        Open at last
      </button>
      {menu.isOpen && (
        <div ref={menu.menuRef} id={menu.id} role="menu" onKeyDown={menu.handleMenuKeyDown}>
          {labels.map((label) => (
            <button
              key={label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-label={label}
              onClick={menu.dismiss}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      <p>Elsewhere</p>
    </>
  )
}

const button = () => mounted.container.querySelector<HTMLButtonElement>('button')!
const menu = () => mounted.container.querySelector<HTMLElement>('[role="menu"]')
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.label
const press = (key: string) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  act(() => {
    document.activeElement?.dispatchEvent(event)
  })
  return event
}

describe('useMenuButton', () => {
  it('opens on the first item; the arrows go round, Home and End go to either end', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    expect(menu()).not.toBeNull()
    expect(focused()).toBe('Apple')
    expect(press('ArrowUp').defaultPrevented).toBe(true)
    expect(focused()).toBe('Cherry')
    press('ArrowDown')
    expect(focused()).toBe('Apple')
    press('ArrowDown')
    expect(focused()).toBe('Banana')
    press('End')
    expect(focused()).toBe('Cherry')
    press('Home')
    expect(focused()).toBe('Apple')
  })

  it('opens on the last item when asked', () => {
    mounted.render(<Menu />)
    act(() => mounted.container.querySelectorAll('button')[1]?.click())
    expect(focused()).toBe('Cherry')
  })

  it('closes on Escape, focus back on the button', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    expect(press('Escape').defaultPrevented).toBe(true)
    expect(menu()).toBeNull()
    expect(document.activeElement).toBe(button())
  })

  it('closes on Tab and leaves the key to move focus on', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    expect(press('Tab').defaultPrevented).toBe(false)
    expect(menu()).toBeNull()
  })

  it('closes, without taking the focus, when an item is chosen or on a click elsewhere', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    act(() => (document.activeElement as HTMLElement).click())
    expect(menu()).toBeNull()
    act(() => button().click())
    act(() => {
      mounted.container
        .querySelector('p')
        ?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(menu()).toBeNull()
    act(() => button().click())
    act(() => {
      menu()?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(menu()).not.toBeNull()
  })

  it('toggles with the button, and does not open while disabled', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    act(() => button().click())
    expect(menu()).toBeNull()
    mounted.render(<Menu isDisabled />)
    act(() => button().click())
    expect(menu()).toBeNull()
  })

  it('moves to the next item starting with a letter only with type-ahead', () => {
    mounted.render(<Menu />)
    act(() => button().click())
    expect(press('b').defaultPrevented).toBe(false)
    expect(focused()).toBe('Apple')
    act(() => button().click())
    mounted.render(<Menu hasTypeAhead />)
    act(() => button().click())
    expect(press('b').defaultPrevented).toBe(true)
    expect(focused()).toBe('Banana')
    press('B')
    expect(focused()).toBe('Blueberry')
    press('b')
    expect(focused()).toBe('Banana')
    press('z')
    expect(focused()).toBe('Banana')
    expect(press('Enter').defaultPrevented).toBe(false)
  })

  it('hands the menu to onOpen before focusing an item', () => {
    const onOpen = vi.fn((element: HTMLElement | null) => {
      expect(element?.contains(document.activeElement)).toBe(false)
    })
    mounted.render(<Menu onOpen={onOpen} />)
    act(() => button().click())
    expect(onOpen).toHaveBeenCalledWith(menu())
    expect(focused()).toBe('Apple')
  })
})
