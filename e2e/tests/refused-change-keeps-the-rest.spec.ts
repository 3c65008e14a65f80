import { importMinutes, inviteSpeaker } from '../fixtures/importMinutes'
import { NetworkLink } from '../fixtures/NetworkLink'
import { expect, test } from '../fixtures/test'

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained that her team had followed 400 households for two years.

Bo Marsh: stated that the Trust supports 60 library services.

Ada Lovell: added that the study would be published in spring.
`

test("a speaker's refused correction costs them none of their other corrections", async ({
  api,
  baseURL,
  browser,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Corrections while away')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  await clerk.page.getByRole('button', { name: 'Circulate for corrections' }).click()
  await expect(clerk.page.getByText('Status: Circulated')).toBeVisible()

  const link = await NetworkLink.open(baseURL!)
  const speakerContext = await browser.newContext({ baseURL: link.url })
  try {
    const page = await speakerContext.newPage()
    await page.goto(await inviteSpeaker(link.url, documentId, 'ada-lovell', 'Ada Lovell'))
    await expect(page).toHaveURL(new RegExp(`/d/${documentId}$`))
    const connection = page.getByTestId('connection-status')
    await expect(connection).toHaveAttribute('data-state', 'connected')
    const first = page.locator('.section--own').filter({ hasText: '400 households' })
    const second = page.locator('.section--own').filter({ hasText: 'published in spring' })
    await expect(first).toBeVisible()
    await expect(second).toBeVisible()

    // Ada corrects both of her sections on a train, with no connection.
    link.unplug()
    await speakerContext.setOffline(true)
    await expect(connection).toHaveAttribute('data-state', 'offline')
    await first.getByText('400 households').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' in three towns')
    await second.getByText('published in spring').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Or in summer.')
    await expect(connection).toHaveText(/^Offline — [1-9]\d* unsynced changes?$/)

    // Meanwhile the clerk gives her second section to Bo Marsh: it is no longer hers to change.
    await clerk.page
      .getByRole('button', { name: /^Speaker: Ada Lovell/ })
      .last()
      .click()
    await clerk.page.getByRole('combobox', { name: 'Search people' }).fill('Bo Marsh')
    await clerk.page.keyboard.press('Enter')
    await expect(clerk.page.getByRole('button', { name: /^Speaker: Bo Marsh/ })).toHaveCount(2)

    // Back online: the server refuses her update, which holds a change to Bo's section now.
    link.plugIn()
    await speakerContext.setOffline(false)
    const notice = page.getByRole('alert', { name: 'Not saved' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('outside your section')
    // The refused passage, with her words, ready to copy.
    await expect(notice.getByRole('textbox')).toHaveValue(/published in spring\. Or in summer\./)
    await expect(notice.getByRole('button', { name: 'Copy' })).toBeVisible()

    // Her other correction was put back and saved: the clerk and the server have it.
    await expect(connection).toHaveAttribute('data-state', 'connected')
    await expect(page.locator('.ProseMirror')).toContainText('for two years. in three towns')
    await expect(clerk.editor).toContainText('for two years. in three towns')
    await expect
      .poll(() => api.exportMarkdown(documentId))
      .toContain('for two years. in three towns')
    await clerk.page.waitForTimeout(500)
    await expect(clerk.editor).not.toContainText('Or in summer.')
    expect(await api.exportMarkdown(documentId)).not.toContain('Or in summer.')
  } finally {
    await speakerContext.close()
    await link.close()
  }
})
