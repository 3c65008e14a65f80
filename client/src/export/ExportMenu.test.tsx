// @vitest-environment happy-dom

import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { ExportMenu } from './ExportMenu'
import { exportFormats } from './exportFormats'
import { progressDelayMilliseconds } from './useExport'

const mounted = mountReact()

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function render(isPublished = false) {
  mounted.render(<ExportMenu docId="doc-1" isPublished={isPublished} />)
}

/** The accessible name of an element named by its content: its text, less what is aria-hidden. */
function nameOf(element: Element): string {
  const copy = element.cloneNode(true) as Element
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

const button = () =>
  mounted.container.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!
const menu = () => mounted.container.querySelector<HTMLElement>('[role="menu"]')!
const items = () => [...menu().querySelectorAll<HTMLElement>('[role="menuitem"]')]
const status = () => mounted.container.querySelector('[role="status"]')!
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
  })

describe('ExportMenu', () => {
  it('offers every export format, in the order of the definitions, in a menu named "Export"', () => {
    render()
    expect(nameOf(button())).toBe('Export')
    expect(menu().hidden).toBe(true)
    act(() => button().click())
    expect(button().getAttribute('aria-expanded')).toBe('true')
    expect(menu().hidden).toBe(false)
    const labelledBy = document.getElementById(menu().getAttribute('aria-labelledby') ?? '')
    expect(labelledBy && nameOf(labelledBy)).toBe('Export')
    expect(items().map(nameOf)).toEqual(exportFormats.map(({ label }) => label))
    expect(items().map(nameOf)).toEqual([
      'Word document (.docx)',
      'PDF',
      'Web page (.html)',
      'Markdown (.md)',
      'JSON (.json)',
    ])
    expect(document.activeElement).toBe(items()[0])
  })

  it('adds the public page, in a new tab, once the minutes are published', () => {
    render(true)
    const link = items().at(-1)
    expect(items()).toHaveLength(exportFormats.length + 1)
    expect(link && nameOf(link)).toBe('Open the public page')
    expect(link?.getAttribute('href')).toBe('/p/doc-1')
    expect(link?.getAttribute('target')).toBe('_blank')
  })

  it('moves with the arrow keys, Home and End, and Escape gives the focus back to the button', () => {
    render(true)
    press(button(), 'ArrowUp')
    expect(document.activeElement).toBe(items().at(-1))
    press(menu(), 'ArrowDown')
    expect(document.activeElement).toBe(items()[0])
    press(menu(), 'ArrowUp')
    expect(document.activeElement).toBe(items().at(-1))
    press(menu(), 'Home')
    press(menu(), 'ArrowDown')
    expect(document.activeElement).toBe(items()[1])
    press(menu(), 'End')
    expect(document.activeElement).toBe(items().at(-1))
    press(menu(), 'Escape')
    expect(menu().hidden).toBe(true)
    expect(document.activeElement).toBe(button())
    press(button(), 'ArrowDown')
    expect(document.activeElement).toBe(items()[0])
  })
})

describe('an export from the menu', () => {
  let respond: (response: Response) => void
  let signal: AbortSignal | undefined
  const saved: { href: string; download: string }[] = []

  beforeEach(() => {
    vi.useFakeTimers()
    saved.length = 0
    vi.stubGlobal(
      'fetch',
      vi.fn((_path: string, init?: RequestInit) => {
        signal = init?.signal ?? undefined
        return new Promise<Response>((resolve, reject) => {
          respond = resolve
          signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')))
        })
      }),
    )
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download })
    })
  })

  const choose = (label: string) => {
    act(() => button().click())
    const item = items().find((candidate) => nameOf(candidate) === label)
    act(() => item?.click())
  }

  it('shows progress only after a moment, and Cancel aborts it', () => {
    render()
    choose('PDF')
    expect(fetch).toHaveBeenCalledWith('/api/docs/doc-1/export?format=pdf', expect.anything())
    expect(document.activeElement).toBe(button())
    expect(nameOf(status())).toBe('')
    act(() => vi.advanceTimersByTime(progressDelayMilliseconds))
    expect(nameOf(status())).toBe('Preparing the PDF…')
    const cancel = [...mounted.container.querySelectorAll('button')].find(
      (b) => nameOf(b) === 'Cancel',
    )
    act(() => cancel?.click())
    expect(signal?.aborted).toBe(true)
    expect(nameOf(status())).toBe('The export was cancelled.')
    expect(document.activeElement).toBe(button())
  })

  it("saves the file under the server's name and says so", async () => {
    render()
    choose('Word document (.docx)')
    await act(async () => {
      respond(
        new Response('file', {
          headers: {
            'Content-Disposition':
              'attachment; filename="Council.docx"; filename*=UTF-8\'\'Conseil%20%E2%80%93%20mai.docx',
          },
        }),
      )
    })
    expect(saved).toEqual([{ href: 'blob:export', download: 'Conseil – mai.docx' }])
    expect(nameOf(status())).toBe('Downloaded Conseil – mai.docx.')
  })

  it("says what went wrong, in the server's words", async () => {
    render()
    choose('JSON (.json)')
    await act(async () => {
      respond(Response.json({ error: 'You have no access to this document.' }, { status: 403 }))
    })
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toBe(
      'The export failed: You have no access to this document. Try again.',
    )
    expect(saved).toEqual([])
  })
})
