import { EditorPage } from '../fixtures/EditorPage'
import { importMinutes, inviteSpeaker } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained that her team had followed 400 households for two years.

Bo Marsh: stated that the Trust supports 60 library services.
`

test('a speaker corrects her section, the clerk reverts one correction and accepts another as new material, and every browser shows it', async ({
  baseURL,
  browser,
  person,
}) => {
  // Three browsers through a correction round: more steps than most journeys.
  test.slow()
  const documentId = await importMinutes(baseURL!, minutes, 'Correction round')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.page.getByRole('button', { name: 'Circulate for corrections' }).click()
  await expect(clerk.page.getByText('Status: Circulated')).toBeVisible()
  const colleague = await person('Grace Hopper', { role: 'secretariat' })
  await colleague.open(documentId)
  await colleague.expectReady()

  const adaContext = await browser.newContext({ baseURL: baseURL! })
  const ada = new EditorPage(await adaContext.newPage(), 'Ada Lovell', () =>
    inviteSpeaker(baseURL!, documentId, 'ada-lovell', 'Ada Lovell'),
  )
  await ada.open(documentId)
  await ada.expectReady()

  // Two corrections in two places of her own section.
  const own = ada.page.locator('.section--own').filter({ hasText: '400 households' })
  await own.getByText('400 households').click()
  await ada.page.keyboard.press('End')
  await ada.page.keyboard.type(' in three towns')
  // The start of the paragraph: its first line, whatever the width wraps.
  await own.locator('p', { hasText: 'explained' }).click({ position: { x: 2, y: 4 } })
  await ada.page.keyboard.press('Home')
  await ada.page.keyboard.type('Briefly, ')
  for (const someone of [clerk, colleague]) {
    await expect(someone.editor).toContainText(/Briefly, (Ada Lovell)?explained/)
    await expect(someone.editor).toContainText('for two years. in three towns')
  }

  // The clerk's list names Ada for both, per speaker, pending.
  const page = clerk.page
  await page.getByRole('tab', { name: /^Corrections/ }).click()
  const panel = page.getByRole('tabpanel')
  const adaCorrections = panel.getByRole('region', { name: 'Ada Lovell' })
  const briefly = adaCorrections.locator('li.correction').filter({ hasText: 'Briefly,' })
  const towns = adaCorrections.locator('li.correction').filter({ hasText: 'in three towns' })
  for (const correction of [briefly, towns]) {
    await expect(correction).toHaveAttribute('data-state', 'pending')
    await expect(correction).toContainText('Ada Lovell')
  }
  const adaSection = page.locator('[data-type="speaker-section"]').filter({ hasText: '400' })
  await expect(adaSection.locator('[data-correction-badge]')).toHaveText('Corrections pending')

  // Revert one: her words go, for everyone, and the other correction stays.
  await briefly.getByRole('button', { name: 'Revert' }).click()
  await expect(briefly).toHaveAttribute('data-state', 'reverted')
  for (const someone of [clerk, colleague, ada]) {
    await expect(someone.page.locator('.ProseMirror')).not.toContainText('Briefly,')
    await expect(someone.page.locator('.ProseMirror')).toContainText(
      'for two years. in three towns',
    )
  }

  // Accept the other as new material: it leaves the sentence for a numbered footnote, everywhere.
  await expect(towns).toHaveAttribute('data-state', 'pending')
  await towns.getByLabel('Class').selectOption('newMaterial')
  await towns.getByRole('button', { name: 'Accept' }).click()
  await expect(towns).toHaveAttribute('data-state', 'accepted')
  await expect(towns).toContainText('Accepted as new material')
  for (const someone of [clerk, colleague, ada]) {
    const text = someone.page.locator('.ProseMirror')
    await expect(text.locator('sup.footnote')).toHaveAttribute('data-text', 'in three towns')
    await expect(text).not.toContainText('in three towns')
    await expect(text).toContainText('followed 400 households for two years.')
  }
  await expect(adaSection.locator('[data-correction-badge]')).toHaveText('Corrections settled')
  const boSection = page.locator('[data-type="speaker-section"]').filter({ hasText: '60 library' })
  await expect(boSection.locator('[data-correction-badge]')).toHaveText('Uncorrected')

  // Ada sees her own corrections and their decisions, with nothing to decide.
  await ada.page.getByRole('tab', { name: /^Corrections/ }).click()
  const adaList = ada.page.getByRole('tabpanel').locator('li.correction')
  await expect(adaList.filter({ hasText: 'Briefly,' })).toHaveAttribute('data-state', 'reverted')
  await expect(adaList.filter({ hasText: 'in three towns' })).toHaveAttribute(
    'data-state',
    'accepted',
  )
  await expect(ada.page.getByRole('tabpanel').getByRole('button', { name: 'Revert' })).toHaveCount(
    0,
  )

  for (const someone of [clerk, colleague, ada]) await expect(someone.refusalNotice).toHaveCount(0)
  await adaContext.close()
})
