import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

The chair opened the meeting at 10:02.
`

test('a clerk names a version, edits, compares, restores it, and a colleague sees the restore live', async ({
  baseURL,
  person,
}) => {
  // Two browsers through naming, comparing, viewing and restoring: more steps than most journeys.
  test.slow()
  const documentId = await importMinutes(baseURL!, minutes, 'Version history')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()
  const colleague = await person('Grace Hopper', { role: 'secretariat' })
  await colleague.open(documentId)
  await colleague.expectReady()

  await clerk.append('Apologies: Mr Babbage.')
  await expect(colleague.editor).toContainText('Apologies: Mr Babbage.')

  // Name the minutes as they are now.
  const page = clerk.page
  await page.getByRole('tab', { name: 'History' }).click()
  await page.getByLabel('Name this version').fill('Before the vote')
  await page.getByRole('button', { name: 'Name', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Named this version' })).toBeVisible()
  const named = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Before the vote' }),
  })
  await expect(named).toContainText('by Daniel Frost')

  // Edit after it; the comparison with now shows who added what, with a legend.
  await clerk.append('Motion carried.')
  await expect(colleague.editor).toContainText('Motion carried')
  await named.getByRole('button', { name: 'Compare with now' }).click()
  const changes = page.getByRole('region', { name: 'Changes' })
  await expect(changes).toContainText('Added by Daniel Frost:')
  await expect(changes).toContainText('Motion carried.')
  await expect(changes.getByRole('list', { name: 'Who made the changes' })).toContainText(
    'Daniel Frost',
  )

  // Open the version read-only: the editor's rendering, without the later words.
  await named.getByRole('button', { name: 'Open' }).click()
  const viewer = page.getByRole('dialog', { name: /Before the vote/ })
  await expect(viewer.locator('.ProseMirror')).toContainText('Mr Babbage')
  await expect(viewer.locator('.ProseMirror')).not.toContainText('Motion carried')
  await expect(viewer.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false')
  await viewer.getByRole('button', { name: 'Close' }).click()

  // Restore it after confirming: everyone's text goes back, live.
  await named.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored “Before the vote”' }),
  ).toBeVisible()
  for (const someone of [clerk, colleague]) {
    await expect(someone.editor).not.toContainText('Motion carried')
    await expect(someone.editor).toContainText('Apologies: Mr Babbage.')
  }
  await expect(page.getByRole('heading', { name: 'Restored: Before the vote' })).toBeVisible()
  await expect(clerk.refusalNotice).toHaveCount(0)
  await expect(colleague.refusalNotice).toHaveCount(0)
})
