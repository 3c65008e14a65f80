import { expect, test } from '../fixtures/test'

test.use({ viewport: { width: 1280, height: 800 } })

test('approving and publishing ask first, name who did it, and the top bar stays one row', async ({
  documentId,
  person,
}) => {
  const ada = await person('Ada Lovelace')
  await ada.open(documentId)
  await ada.expectReady()
  const grace = await person('Grace Hopper')
  await grace.open(documentId)
  await grace.expectReady()
  await expect(ada.presence.getByRole('listitem')).toHaveCount(2)

  const { page } = ada
  const topBar = page.locator('header.top-bar')
  const expectOneRow = async () => {
    const box = await topBar.boundingBox()
    expect(box?.height).toBeLessThan(64)
  }
  await expectOneRow()

  await page.getByRole('button', { name: 'Circulate for corrections' }).click()
  await page.getByRole('button', { name: 'Approve', exact: true }).click()
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('You are recorded as approving them')
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(topBar).toContainText(/Approved by Ada Lovelace on \d+ \w+ \d{4}/)
  // Grace learns of it live, with the name.
  await expect(grace.page.locator('header.top-bar')).toContainText('Approved by Ada Lovelace')
  await expectOneRow()

  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(topBar).toContainText('Published by Ada Lovelace')
  await expectOneRow()

  await page.getByRole('button', { name: 'Reopen', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Reopen as draft' }).click()
  await expect(dialog).toContainText('The public page goes offline at once')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(topBar).toContainText('Published by Ada Lovelace')
  expect((await page.request.get(`/p/${documentId}`)).status()).toBe(200)

  await page.getByRole('button', { name: 'Reopen', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Reopen as draft' }).click()
  await dialog.getByRole('button', { name: 'Reopen as draft' }).click()
  await expect(page.getByRole('button', { name: 'Circulate for corrections' })).toBeVisible()
  await expect(topBar).not.toContainText('Published by')
  expect((await page.request.get(`/p/${documentId}`)).status()).toBe(404)
})
