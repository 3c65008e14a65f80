import { importMinutes, inviteSpeaker } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained that her team had followed 400 households for two years.

Bo Marsh: stated that the Trust supports 60 library services.
`

test('a speaker is offered only the tools that work where the caret is, and told why a keystroke was refused', async ({
  baseURL,
  browser,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Speaker tools')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.page.getByRole('button', { name: 'Circulate for corrections' }).click()
  await expect(clerk.page.getByText('Status: Circulated')).toBeVisible()

  const speakerContext = await browser.newContext({ baseURL: baseURL! })
  const speaker = await speakerContext.newPage()
  await speaker.goto(await inviteSpeaker(baseURL!, documentId, 'ada-lovell', 'Ada Lovell'))
  const own = speaker.locator('.section--own').filter({ hasText: '400 households' })
  const locked = speaker.locator('.section--locked').filter({ hasText: '60 library services' })
  const toolbar = speaker.getByRole('toolbar', { name: 'Formatting' })

  // Someone else's words: no tools, and a keystroke there says why it was not taken.
  await locked.getByText('60 library services').click()
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveCount(0)
  await expect(toolbar.getByRole('button', { name: 'Insert' })).toHaveCount(0)
  await speaker.keyboard.type('x')
  const tip = speaker.getByRole('status').filter({ hasText: 'outside your section' })
  await expect(tip).toBeVisible()
  await expect(tip).toBeHidden({ timeout: 6_000 })

  // Her own words: formatting, and only the blocks a speaker may add.
  await own.getByText('400 households').click()
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeVisible()
  await toolbar.getByRole('button', { name: 'Insert' }).click()
  const menu = speaker.getByRole('menu', { name: 'Insert block' })
  await expect(menu.getByRole('menuitem', { name: 'Paragraph' })).toBeVisible()
  for (const refused of [
    'Recommendation',
    'Decision',
    'Action item',
    'Speaker section',
    'Agenda item',
  ]) {
    await expect(menu.getByRole('menuitem', { name: refused })).toHaveCount(0)
  }
  await speaker.keyboard.press('Escape')

  await own.getByText('400 households').click()
  await speaker.keyboard.press('End')
  await speaker.keyboard.press('Enter')
  await speaker.keyboard.type('/')
  const slash = speaker.getByRole('listbox', { name: 'Insert block' })
  await expect(slash.getByRole('option', { name: 'Bullet list' })).toBeVisible()
  await expect(slash.getByRole('option', { name: 'Recommendation' })).toHaveCount(0)

  await speakerContext.close()
})
