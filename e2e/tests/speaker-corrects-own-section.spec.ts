import { importMinutes, inviteSpeaker } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained that her team had followed 400 households for two years.

Bo Marsh: stated that the Trust supports 60 library services.
`

test('the secretariat circulates, a speaker corrects only their own section, live', async ({
  baseURL,
  browser,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Corrections round')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.page.getByRole('button', { name: 'Circulate for corrections' }).click()
  await expect(clerk.page.getByText('Status: Circulated')).toBeVisible()

  const speakerContext = await browser.newContext({ baseURL: baseURL! })
  const speaker = await speakerContext.newPage()
  await speaker.goto(await inviteSpeaker(baseURL!, documentId, 'ada-lovell', 'Ada Lovell'))
  await expect(speaker).toHaveURL(new RegExp(`/d/${documentId}$`))
  await expect(speaker.getByRole('status', { name: 'What you can change' })).toContainText(
    'You can correct your own sections',
  )

  const own = speaker.locator('.section--own').filter({ hasText: '400 households' })
  const locked = speaker.locator('.section--locked').filter({ hasText: '60 library services' })
  await expect(own).toBeVisible()
  await expect(locked).toBeVisible()

  // Her own words: the correction is typed, saved and reaches the clerk as she types.
  await own.getByText('400 households').click()
  await speaker.keyboard.press('End')
  await speaker.keyboard.type(' in three towns')
  await expect(clerk.editor).toContainText('for two years. in three towns')

  // Someone else's words: nothing she types there changes anything, for her or anyone.
  await locked.getByText('60 library services').click()
  await speaker.keyboard.type('Not mine to change')
  await expect(speaker.locator('.ProseMirror')).not.toContainText('Not mine to change')
  // Absence has no event to wait for: give a leak time to show before checking.
  await clerk.page.waitForTimeout(500)
  await expect(clerk.editor).not.toContainText('Not mine to change')
  await expect(clerk.editor).toContainText('60 library services')

  await speakerContext.close()
})
