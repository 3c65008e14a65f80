import type { Page } from '@playwright/test'
import { importMinutes } from '../fixtures/importMinutes'
import { NetworkLink } from '../fixtures/NetworkLink'
import { expect, test } from '../fixtures/test'

const minutes = `Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained the study of 400 households.

Bo Marsh: stated the Trust supports 60 libraries.
`

/** Number and text of every recommendation, in document order, as one person sees them. */
async function recommendations(page: Page) {
  return page.locator('.ProseMirror [data-type="recommendation"]').evaluateAll((nodes) =>
    nodes.map((node) => {
      // Other people's carets are drawn inside the text with their names: leave them out.
      const text = node.querySelector('[data-node-view-content] p')?.cloneNode(true) as Element
      for (const caret of text.querySelectorAll('.collaboration-carets__caret')) caret.remove()
      return `${node.querySelector('.block-number')?.textContent?.trim()} ${text.textContent?.trim()}`
    }),
  )
}

test('two people inserting recommendations at once see the same numbering', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Recommendations')
  // Bo's connection runs through a link the test can cut: while it is cut, Ada's and Bo's
  // insertions are truly concurrent (neither has seen the other's) however fast either types.
  const link = await NetworkLink.open(baseURL!)
  try {
    const ada = await person('Ada Lovell', { role: 'secretariat' })
    const bo = await person('Bo Marsh', { role: 'secretariat', baseURL: link.url })
    for (const someone of [ada, bo]) {
      await someone.open(documentId)
      await someone.expectReady()
    }
    link.unplug()
    await bo.page.context().setOffline(true)
    await expect(bo.connection).toHaveAttribute('data-state', 'offline')

    const insert = async (someone: typeof ada, anchor: string, text: string) => {
      await someone.editor.getByText(anchor).click()
      await someone.page.keyboard.press('End')
      await someone.page.keyboard.press('Enter')
      await someone.page.keyboard.type('/recommendation')
      await expect(someone.page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
      await someone.page.keyboard.press('Enter')
      await someone.page.keyboard.type(text)
    }
    await Promise.all([
      insert(ada, '400 households', 'Fund device loans in every library.'),
      insert(bo, '60 libraries', 'Publish which forms are hardest to complete.'),
    ])
    // Each sees only their own, as R1.
    await expect
      .poll(() => recommendations(ada.page))
      .toEqual(['R1 Fund device loans in every library.'])
    await expect
      .poll(() => recommendations(bo.page))
      .toEqual(['R1 Publish which forms are hardest to complete.'])

    link.plugIn()
    await bo.page.context().setOffline(false)
    await bo.expectReady()
    // Merged, the numbers follow document order, derived on each side from the same document.
    const expected = [
      'R1 Fund device loans in every library.',
      'R2 Publish which forms are hardest to complete.',
    ]
    for (const someone of [ada, bo]) {
      await expect.poll(() => recommendations(someone.page)).toEqual(expected)
    }
  } finally {
    await link.close()
  }
})
