import { expect, test } from '../fixtures/test'

test('presence shows each open tab once, and drops a closed tab within seconds', async ({
  documentId,
  person,
}) => {
  const ada = await person('Ada Lovelace')
  await ada.open(documentId)
  await ada.expectReady()
  // Ada's second tab: the same browser, signed in by the same invitation.
  const secondTab = await ada.page.context().newPage()
  await secondTab.goto(`/d/${documentId}`)
  await expect(secondTab.getByTestId('connection-status')).toHaveAttribute(
    'data-state',
    'connected',
  )
  const grace = await person('Grace Hopper')
  await grace.open(documentId)
  await grace.expectReady()

  const entries = grace.presence.getByRole('listitem')
  await expect(entries).toHaveCount(3)
  await expect(entries.filter({ hasText: 'Ada Lovelace' })).toHaveCount(2)
  // Moving the caret in the second tab sends presence more often than the server passes on.
  await secondTab.locator('.ProseMirror').click()
  for (let press = 0; press < 20; press++) await secondTab.keyboard.press('End')

  await secondTab.close()
  await expect(entries).toHaveCount(2, { timeout: 5_000 })
  await expect(entries.filter({ hasText: 'Ada Lovelace' })).toHaveCount(1)
  await expect(ada.presence.getByRole('listitem')).toHaveCount(2, { timeout: 5_000 })
})
