import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained the study of 400 households.

Bo Marsh: stated the Trust supports 60 libraries.
`

/** Number and text of every recommendation, in document order, as one person sees them. */
async function recommendations(page: import('@playwright/test').Page) {
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
  const ada = await person('Ada Lovell', { role: 'secretariat' })
  const bo = await person('Bo Marsh', { role: 'secretariat' })
  for (const someone of [ada, bo]) {
    await someone.open(documentId)
    await someone.expectReady()
  }

  // Each puts a recommendation at the end of a different speaker's section, at the same time.
  const insert = async (someone: typeof ada, anchor: string) => {
    await someone.editor.getByText(anchor).click()
    await someone.page.keyboard.press('End')
    await someone.page.keyboard.press('Enter')
    await someone.page.keyboard.type('/recommendation')
    await expect(someone.page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
    await someone.page.keyboard.press('Enter')
  }
  await Promise.all([insert(ada, '400 households'), insert(bo, '60 libraries')])
  for (const someone of [ada, bo]) {
    await expect(someone.page.locator('.ProseMirror [data-type="recommendation"]')).toHaveCount(2)
  }
  // Then each words their own, again at the same time.
  const word = async (someone: typeof ada, anchor: string, text: string) => {
    const section = someone.page.locator('.speaker-section').filter({ hasText: anchor })
    await section.locator('[data-type="recommendation"] [data-node-view-content] p').click()
    await someone.page.keyboard.type(text)
  }
  await Promise.all([
    word(ada, '400 households', 'Fund device loans in every library.'),
    word(bo, '60 libraries', 'Publish which forms are hardest to complete.'),
  ])

  const expected = [
    'R1 Fund device loans in every library.',
    'R2 Publish which forms are hardest to complete.',
  ]
  // Numbers follow document order, derived on each side from the same merged document.
  for (const someone of [ada, bo]) {
    await expect.poll(() => recommendations(someone.page)).toEqual(expected)
  }
})
