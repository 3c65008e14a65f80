import type { Locator, Page } from '@playwright/test'
import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

/** Long enough that the last findings are several screens below the first. */
const longMinutes = [
  'There was a meeting of the Household Study Group.',
  'Members in attendance: Ruth Adebayo MP, Cara Whitlock MP',
  'Speakers: Ada Lovell (Northfield University)',
  ...Array.from(
    { length: 70 },
    (_, index) => `Ada Lovell: Finding${index + 1} of the household study was set out.`,
  ),
].join('\n\n')

/** Wide enough for the outline, the page and the sidebar side by side. */
test.use({ viewport: { width: 1440, height: 900 } })
test.slow()

/** How far a card's top is from the top of its highlighted text, in CSS pixels. */
async function offsetFromText(page: Page, word: string): Promise<number> {
  const card = await threadOn(page, word).boundingBox()
  const text = await page.locator('.comment-anchor', { hasText: word }).first().boundingBox()
  if (!card || !text) throw new Error(`The thread on ${word} or its text is not laid out.`)
  return card.y - text.y
}

function threadOn(page: Page, word: string): Locator {
  return page.getByRole('article', { name: `Comments on “${word}”` })
}

async function commentOn(page: Page, text: Locator, word: string, comment: string) {
  const paragraph = text.getByText(`${word} of the household`)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.dblclick({ position: { x: 5, y: 5 } })
  await page.getByRole('button', { name: 'Comment' }).click()
  await page.getByLabel('New comment').fill(comment)
  await page.getByRole('button', { name: 'Comment', exact: true }).last().click()
  await expect(threadOn(page, word)).toBeVisible()
}

test('on a wide screen each comment sits level with its text, and the one chosen exactly', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, longMinutes, 'Comments beside their text')
  const reviewer = await person('Rita Shah', { role: 'reviewer' })
  await reviewer.open(documentId)
  const { page } = reviewer
  const text = page.locator('.ProseMirror')
  await expect(text).toContainText('Finding70')
  await expect(reviewer.connection).toHaveAttribute('data-state', 'connected')

  await commentOn(page, text, 'Finding2', 'Which households were these?')
  await commentOn(page, text, 'Finding60', 'Is this the same sample?')
  // On the next line: its card would overlap the one above, so it goes below it.
  await commentOn(page, text, 'Finding61', 'A source, please.')
  await page.getByRole('button', { name: 'Cancel' }).waitFor({ state: 'detached' })

  // The threads far apart sit level with their text, wherever the page is scrolled.
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect.poll(() => offsetFromText(page, 'Finding2')).toBeCloseTo(0, -0.5)
  const far = text.getByText('Finding60 of the household')
  await far.scrollIntoViewIfNeeded()
  await expect(far).toBeInViewport()
  await expect(threadOn(page, 'Finding60')).toBeInViewport()
  await expect.poll(() => offsetFromText(page, 'Finding2')).toBeCloseTo(0, -0.5)
  // The newest was active last, so it is level with its text and the one before moved up.
  await expect(threadOn(page, 'Finding61')).toHaveAttribute('data-active', 'true')
  await expect.poll(() => offsetFromText(page, 'Finding61')).toBeCloseTo(0, -0.5)
  await expect.poll(() => offsetFromText(page, 'Finding60')).toBeLessThan(-10)

  // Choosing the other thread's text puts its card level with it; the neighbour makes way below.
  await page.locator('.comment-anchor', { hasText: 'Finding60' }).click()
  await expect(threadOn(page, 'Finding60')).toHaveAttribute('data-active', 'true')
  await expect.poll(() => offsetFromText(page, 'Finding60')).toBeCloseTo(0, -0.5)
  await expect.poll(() => offsetFromText(page, 'Finding61')).toBeGreaterThan(10)
  const [upper, lower] = await Promise.all(
    ['Finding60', 'Finding61'].map((word) => threadOn(page, word).boundingBox()),
  )
  expect(lower!.y).toBeGreaterThanOrEqual(upper!.y + upper!.height)

  // Scrolling back to the top keeps the first thread by its text.
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(threadOn(page, 'Finding2')).toBeInViewport()
  await expect.poll(() => offsetFromText(page, 'Finding2')).toBeCloseTo(0, -0.5)
})
