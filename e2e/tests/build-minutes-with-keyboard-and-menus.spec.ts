import { expect, test } from '../fixtures/test'

test('a clerk builds structured minutes from an empty document with the keyboard and menus', async ({
  documentId,
  person,
}) => {
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  const { page, editor } = clerk
  await expect(page.getByRole('region', { name: 'Start these minutes' })).toBeVisible()

  // A slash command: the header, typed into straight away.
  await editor.click()
  await page.keyboard.type('/meeting header')
  await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Riverside Residents Association')

  // An agenda item from the Insert menu: numbered for the clerk, a heading for everyone.
  await page.getByRole('button', { name: 'Insert', exact: true }).click()
  await page
    .getByRole('menu', { name: 'Insert block' })
    .getByRole('menuitem', { name: 'Agenda item' })
    .click()
  await page.keyboard.type('Towpath lighting')
  await expect(page.getByRole('heading', { level: 2, name: '1. Towpath lighting' })).toBeVisible()

  // The Insert menu, by keyboard: a speaker section, whose speaker is added as a new person.
  await page.getByRole('button', { name: 'Insert', exact: true }).focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu', { name: 'Insert block' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: 'Speaker section' }).focus()
  await page.keyboard.press('Enter')
  const picker = page.getByRole('dialog', { name: 'Choose the speaker' })
  await expect(picker).toBeVisible()
  await picker.getByRole('combobox', { name: 'Search people' }).fill('Zoë Marsh (Riverside Trust)')
  await expect(picker.getByRole('option', { name: /Add ‘Zoë Marsh/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  const section = page.locator('.speaker-section')
  await expect(section).toContainText('Zoë Marsh')
  await expect(section).toContainText('Riverside Trust')

  // Back in the text, in the new section: the clerk just carries on typing.
  await page.keyboard.type('Explained the plans for the towpath.')
  await expect(section).toContainText('Explained the plans for the towpath.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/recommendation')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The council should light the towpath.')

  const recommendation = page.locator('.ProseMirror [data-type="recommendation"]')
  await expect(recommendation).toHaveCount(1)
  await expect(recommendation.locator('.block-number')).toHaveText('R1')
  await expect(section.locator('[data-type="recommendation"]')).toContainText('light the towpath')

  // The outline and the recommendations panel know the structure, not just the text.
  const outline = page.getByRole('navigation', { name: 'Outline' })
  await expect(outline.getByRole('button', { name: 'Zoë Marsh' })).toBeVisible()
  await expect(outline.getByRole('button', { name: '1. Towpath lighting' })).toBeVisible()
  const panel = page.getByRole('complementary', { name: 'Recommendations and actions' })
  await expect(panel.getByRole('button', { name: /^R1/ })).toContainText('light the towpath')

  // And all of it is the server's: a reload shows the same blocks and person.
  await page.reload()
  await clerk.expectReady()
  await expect(page.locator('.meeting-header')).toContainText('Riverside Residents Association')
  await expect(page.getByRole('heading', { level: 2, name: '1. Towpath lighting' })).toBeVisible()
  await expect(page.locator('.speaker-section')).toContainText('Zoë Marsh')
  await expect(page.locator('[data-type="recommendation"] .block-number')).toHaveText('R1')
})
