import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

export interface MountedReact {
  /** The element the tree renders into, fresh for each test. */
  readonly container: HTMLElement
  render(node: ReactNode): void
}

/**
 * Gives each test of the file a fresh container and React root, unmounted after it. Call at
 * the top of a test file (it registers the hooks); tests render with `act` semantics.
 */
export function mountReact(): MountedReact {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  let root: Root | undefined
  let container: HTMLElement | undefined
  beforeEach(() => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
  })
  afterEach(() => {
    act(() => root?.unmount())
    container?.remove()
  })
  return {
    get container() {
      if (!container) throw new Error('mountReact: use the container inside a test')
      return container
    },
    render(node) {
      act(() => root?.render(node))
    },
  }
}
