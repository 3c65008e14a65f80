import { adminToken } from '../fixtures/adminToken'
import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const firstSession = `Date: 20 January 2025

The committee met in the library.

Recommendation R1 (agreed; to: Department for Education): Fund play streets in every town.

Recommendation R2 (proposed; to: Local councils): Count the playgrounds that closed.
`

const secondSession = `Date: 12 March 2025

Recommendation R1 (noted; to: Local councils): =HYPERLINK("http://evil.example") open school grounds after hours.
`

test('the clerk keeps one register of a series while its minutes change', async ({
  api,
  baseURL,
  browser,
  person,
}) => {
  const suffix = Date.now().toString(36)
  const series = await api.createSeries(`Play inquiry ${suffix}`)
  // Imported out of order: the series lists its meetings by their dates.
  const second = await importMinutes(baseURL!, secondSession, `Second session ${suffix}`, {
    series,
  })
  const first = await importMinutes(baseURL!, firstSession, `First session ${suffix}`, { series })

  const clerkContext = await browser.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  })
  const clerk = await clerkContext.newPage()
  await clerk.goto('/')
  await clerk.getByRole('link', { name: `Play inquiry ${suffix}` }).click()
  await expect(clerk.getByRole('heading', { name: `Play inquiry ${suffix}` })).toBeVisible()
  const meetings = clerk.getByRole('table', { name: 'Meetings, in order' }).getByRole('row')
  await expect(meetings).toHaveCount(3)
  await expect(meetings.nth(1)).toContainText(`First session ${suffix}`)
  await expect(meetings.nth(1)).toContainText('20th January 2025')
  await expect(meetings.nth(2)).toContainText(`Second session ${suffix}`)
  await expect(meetings.nth(2).getByRole('link')).toHaveAttribute('href', `/d/${second}`)

  await clerk.getByRole('link', { name: 'Recommendations register' }).click()
  await expect(clerk.getByRole('heading', { name: 'Recommendations register' })).toBeVisible()
  const rows = clerk.getByRole('table', { name: 'Recommendations' }).locator('tbody tr')
  await expect(rows).toHaveText([
    /R1\s*Fund play streets in every town\.\s*Department for Education\s*Agreed/,
    /R2\s*Count the playgrounds that closed\.\s*Local councils\s*Proposed/,
    /R1\s*=HYPERLINK/,
  ])

  // Filtered and grouped as the clerk asks.
  await clerk.getByLabel('Addressee').selectOption('Local councils')
  await expect(clerk.getByRole('status').filter({ hasText: 'of 3' })).toHaveText(
    '2 of 3 recommendations',
  )
  await clerk.getByLabel('Addressee').selectOption('')
  await clerk.getByLabel('Group by').selectOption('addressee')
  await expect(
    clerk.getByRole('table', { name: 'Local councils' }).locator('tbody tr'),
  ).toHaveCount(2)
  await clerk.getByLabel('Group by').selectOption('none')

  // Another clerk adds a recommendation to the first minutes: the register follows, renumbered.
  const ada = await person('Ada Clerk', { role: 'secretariat' })
  await ada.open(first)
  await ada.expectReady()
  await ada.editor.getByText('The committee met in the library.').click()
  await ada.page.keyboard.press('End')
  await ada.page.keyboard.press('Enter')
  await ada.page.keyboard.type('/recommendation')
  await expect(ada.page.getByRole('listbox', { name: 'Insert block' })).toBeVisible()
  await ada.page.keyboard.press('Enter')
  await ada.page.keyboard.type('Train more play workers.')
  await expect(rows).toHaveText([
    /R1\s*Train more play workers\./,
    /R2\s*Fund play streets in every town\./,
    /R3\s*Count the playgrounds that closed\./,
    /R1\s*=HYPERLINK/,
  ])

  // The second session's recommendation repeats the first's: tagged and marked a duplicate.
  await clerk
    .getByRole('button', { name: /^Themes and duplicate of Second session .* R1$/ })
    .click()
  const note = clerk.getByRole('form', { name: 'Themes and duplicate of R1' })
  await note.getByLabel('Themes, separated by commas').fill('councils, play space')
  await note.getByLabel('Duplicate of').selectOption({
    label: `First session ${suffix} (2025-01-20) R3: Count the playgrounds that closed.`,
  })
  await note.getByRole('button', { name: 'Save' }).click()
  await expect(note).toBeHidden()
  await expect(rows.nth(3)).toContainText(`Duplicate of First session ${suffix} (2025-01-20) R3`)
  await expect(rows.nth(3)).toContainText('councils, play space')
  await clerk.getByLabel('Group by').selectOption('theme')
  await expect(clerk.getByRole('table', { name: 'play space' }).locator('tbody tr')).toHaveCount(1)
  await clerk.getByLabel('Group by').selectOption('none')
  await clerk.getByLabel('Hide duplicates').check()
  await expect(rows).toHaveCount(3)
  await clerk.getByLabel('Hide duplicates').uncheck()

  // The CSV has the same rows, and the formula is text, never run.
  const csv = await clerk.request.get(`/api/series/${series}/recommendations?format=csv`)
  expect(csv.ok()).toBe(true)
  const text = await csv.text()
  expect(text).toContain('"R1","Train more play workers."')
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")`)

  // A row opens its minutes at its recommendation.
  await clerk.getByRole('link', { name: 'Count the playgrounds that closed.' }).click()
  await expect(clerk).toHaveURL(new RegExp(`/d/${first}\\?block=\\d+-\\d+$`))
  const block = clerk.locator('.ProseMirror [data-type="recommendation"]', {
    hasText: 'Count the playgrounds that closed.',
  })
  await expect(block).toBeInViewport()
  await expect(block.locator('.block-number')).toHaveText('R3')
  await clerkContext.close()
})
