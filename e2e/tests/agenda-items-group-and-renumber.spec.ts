import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/test'

/** The minutes block by block as one person sees them: an item as its number and title. */
async function blocks(page: Page): Promise<string[]> {
  return page.locator('.ProseMirror > *').evaluateAll((nodes) =>
    nodes.map((node) => {
      // Other people's carets are drawn inside the text with their names: leave them out.
      const copy = node.cloneNode(true) as Element
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
      const title = copy.querySelector('.agenda-item')
      if (!title) return copy.textContent?.trim() ?? ''
      return `${title.getAttribute('data-number') ?? '–'} ${title.textContent?.trim()}`
    }),
  )
}

test('a clerk moves an agenda item with what it groups and renumbers, and a colleague sees the same', async ({
  documentId,
  person,
}) => {
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  const colleague = await person('Grace Okafor', { role: 'secretariat' })
  for (const someone of [clerk, colleague]) {
    await someone.open(documentId)
    await someone.expectReady()
  }
  const { page } = clerk

  // Each item from the / command, numbered after the one before, with a line typed under it.
  await clerk.editor.click()
  const addItem = async (title: string, text: string, { isFirst = false } = {}) => {
    if (!isFirst) await page.keyboard.press('Enter')
    await page.keyboard.type('/agenda item')
    await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
    await page.keyboard.press('Enter')
    await page.keyboard.type(title)
    await page.keyboard.press('Enter')
    await page.keyboard.type(text)
  }
  await addItem('Welcome', 'The chair welcomed everyone.', { isFirst: true })
  await addItem('Budget', 'The budget was agreed.')
  await addItem('Any other business', 'There was none.')
  await expect(page.getByRole('heading', { level: 2, name: '3. Any other business' })).toBeVisible()
  await expect
    .poll(() => blocks(page))
    .toEqual([
      '1 Welcome',
      'The chair welcomed everyone.',
      '2 Budget',
      'The budget was agreed.',
      '3 Any other business',
      'There was none.',
    ])

  // The outline nests each item's text under it.
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await expect(outline.getByRole('button', { name: '3. Any other business' })).toBeVisible()

  // Item 3 moves up with its line, past item 2 and its line.
  // From the line just typed, up into the item's title, then the item up.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Alt+Shift+ArrowUp')
  await expect
    .poll(() => blocks(page))
    .toEqual([
      '1 Welcome',
      'The chair welcomed everyone.',
      '3 Any other business',
      'There was none.',
      '2 Budget',
      'The budget was agreed.',
    ])

  // Renumbered from the item's chip, reached from its title with the keyboard.
  await page.keyboard.press('Alt+Enter')
  const chip = page.getByRole('button', { name: 'Agenda item 3: number and link' })
  await expect(chip).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Agenda item' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Renumber all agenda items' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: '2. Any other business' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '3. Budget' })).toBeVisible()

  // A number the schema refuses is explained in words; a sub-item number and a link are kept.
  await page.getByRole('button', { name: 'Agenda item 3: number and link' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Number').fill('3.')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('This number cannot be used')
  await dialog.getByLabel('Number').fill('2.1')
  await dialog.getByLabel('Link', { exact: true }).fill('https://example.org/issues/151')
  await dialog.getByLabel('Link text').fill('#151')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 3, name: '2.1 Budget' })).toBeVisible()

  const expected = [
    '1 Welcome',
    'The chair welcomed everyone.',
    '2 Any other business',
    'There was none.',
    '2.1 Budget',
    'The budget was agreed.',
  ]
  await expect.poll(() => blocks(page)).toEqual(expected)
  // The colleague's browser holds the same minutes, the link beside the item included.
  await expect.poll(() => blocks(colleague.page)).toEqual(expected)
  await expect(colleague.page.getByRole('link', { name: '#151' })).toHaveAttribute(
    'href',
    'https://example.org/issues/151',
  )
  const colleagueOutline = colleague.page.getByRole('navigation', { name: 'Outline' })
  await expect(
    colleagueOutline
      .getByRole('listitem')
      .filter({ has: colleague.page.getByRole('button', { name: '2. Any other business' }) })
      .getByRole('button', { name: '2.1 Budget' }),
  ).toBeVisible()
})

test('a clerk drags an agenda item by its handle and what it groups goes with it', async ({
  documentId,
  person,
}) => {
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  const { page } = clerk
  await clerk.editor.click()
  const items = [
    ['Welcome', 'The chair welcomed everyone.'],
    ['Budget', 'The budget was agreed.'],
    ['Any other business', 'There was none.'],
  ]
  for (const [index, [title, text]] of items.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.type('/agenda item')
    await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
    await page.keyboard.press('Enter')
    await page.keyboard.type(title ?? '')
    await page.keyboard.press('Enter')
    await page.keyboard.type(text ?? '')
  }
  await expect(page.getByRole('heading', { level: 2, name: '3. Any other business' })).toBeVisible()

  // The grip beside item 1, dropped at the foot of the last line.
  await clerk.editor.getByText('Welcome', { exact: true }).hover()
  const grip = page.locator('.drag-handle')
  await expect(grip).toBeVisible()
  const target = await clerk.editor.getByText('There was none.').boundingBox()
  if (!target) throw new Error('The last line is not on the page')
  await grip.hover()
  await page.mouse.down()
  await page.mouse.move(target.x + 5, target.y + target.height - 2, { steps: 10 })
  await page.mouse.up()

  await expect
    .poll(async () => {
      const order = await blocks(page)
      const welcome = order.indexOf('1 Welcome')
      return welcome > order.indexOf('3 Any other business') &&
        order[welcome + 1] === 'The chair welcomed everyone.'
        ? 'moved with its line'
        : order.join(' | ')
    })
    .toBe('moved with its line')
})
