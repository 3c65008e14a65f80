import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

/**
 * Long minutes lay out only the blocks near the screen (`content-visibility: auto`). The caret
 * must still go where the keyboard sends it, through blocks the browser has not drawn yet.
 */
const longMinutes = [
  'There was a meeting of the Household Study Group.',
  'Members in attendance: Ruth Adebayo MP, Cara Whitlock MP',
  'Speakers: Ada Lovell (Northfield University)',
  ...Array.from(
    { length: 80 },
    (_, index) => `Ada Lovell: set out finding ${index + 1} of the household study.`,
  ),
].join('\n\n')

test.slow()

test('Page Down through long minutes keeps the caret on screen, and typing lands there', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, longMinutes, 'Long minutes, paged')
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.clickWhenDrawn(clerk.editor.getByText('set out finding 1 of'))
  for (let page = 1; page <= 4; page++) {
    await clerk.page.keyboard.press('PageDown')
    const marker = `Paged ${page}.`
    await clerk.page.keyboard.type(marker)
    const paragraph = clerk.editor.locator('p', { hasText: marker })
    await expect(paragraph).toHaveCount(1)
    await expect(paragraph).toBeInViewport()
  }
  // The fourth page is well below where the first paragraph was.
  const paragraphs = await clerk.editor.locator('p').allTextContents()
  const firstIndex = paragraphs.findIndex((text) => text.includes('Paged 1.'))
  const lastIndex = paragraphs.findIndex((text) => text.includes('Paged 4.'))
  expect(lastIndex).toBeGreaterThan(firstIndex + 10)
})

test('Ctrl+Home and Ctrl+End reach the first and last words of long minutes', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, longMinutes, 'Long minutes, ends')
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.clickWhenDrawn(clerk.editor.getByText('set out finding 40 of'))
  await clerk.page.keyboard.press('Control+End')
  await clerk.page.keyboard.type(' (end)')
  await expect(clerk.editor.locator('p').last()).toHaveText(
    /finding 80 of the household study\. \(end\)$/,
  )
  await expect(clerk.editor.locator('p').last()).toBeInViewport()
  await clerk.page.keyboard.press('Control+Home')
  await clerk.page.keyboard.type('Start: ')
  await expect(clerk.editor.getByText('Start: There was a meeting')).toBeInViewport()
})
