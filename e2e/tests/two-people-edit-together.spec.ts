import { expect, test } from '../fixtures/test'

test('two people write the same minutes and see each other at work', async ({
  documentId,
  person,
}) => {
  const ada = await person('Ada Lovelace')
  await ada.open(documentId)
  await ada.expectReady()
  const grace = await person('Grace Hopper')
  await grace.open(documentId)
  await grace.expectReady()

  for (const someone of [ada, grace]) {
    await expect(someone.presence).toContainText('Ada Lovelace')
    await expect(someone.presence).toContainText('Grace Hopper')
  }

  await ada.append('The chair opened the meeting at 10:02.')
  await expect(grace.editor).toContainText('The chair opened the meeting at 10:02.')
  await expect(grace.remoteCaretLabels.filter({ hasText: 'Ada Lovelace' })).toBeVisible()

  await grace.append('Apologies were received from Mr Babbage.')
  await expect(ada.editor).toContainText('Apologies were received from Mr Babbage.')
  await expect(ada.remoteCaretLabels.filter({ hasText: 'Grace Hopper' })).toBeVisible()
  await expect(ada.editor).toContainText('The chair opened the meeting at 10:02.')
})
