import { adminToken } from '../fixtures/adminToken'
import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const session = (date: string, words: string) => `# Library inquiry, ${date}

Speakers: Ada Lovell (Northfield University)

Ada Lovell: ${words}
`

test('a witness heard in two sessions is one person of the series', async ({
  api,
  baseURL,
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const series = await api.createSeries(`Library inquiry ${suffix}`)
  await importMinutes(
    baseURL!,
    session('20 January 2025', 'Mobile libraries reach villages.'),
    `First ${suffix}`,
    {
      series,
    },
  )

  const context = await browser.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  })
  const clerk = await context.newPage()
  await clerk.goto('/')
  await clerk.getByRole('button', { name: 'New from file' }).click()
  const dialog = clerk.getByRole('dialog', { name: 'New minutes from a file' })
  await dialog.getByLabel('Series').selectOption({ label: `Library inquiry ${suffix}` })
  await dialog.getByLabel('Minutes file').setInputFiles({
    name: 'second.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(session('12 March 2025', 'Reading groups need rooms.')),
  })
  const same = dialog.getByLabel(/already in the series; make them the same person/)
  await expect(same).toBeChecked()
  await expect(dialog).toContainText(`Ada Lovell (Northfield University), in First ${suffix}`)
  await dialog.getByLabel('Title (optional)').fill(`Second ${suffix}`)
  await dialog.getByRole('button', { name: 'Create document' }).click()
  await expect(clerk.locator('.ProseMirror')).toContainText('Reading groups need rooms.')

  await clerk.goto(`/s/${series}`)
  const people = clerk.getByRole('list', { name: 'People' })
  await expect(people.getByRole('listitem')).toHaveText([
    /Ada Lovell, Northfield University\s*2 meetings/,
  ])
  await people.getByRole('link', { name: 'Ada Lovell' }).click()
  await expect(clerk.getByRole('heading', { name: 'Ada Lovell', level: 1 })).toBeVisible()
  await expect(
    clerk.getByRole('list', { name: 'What they said' }).getByRole('listitem'),
  ).toHaveText([
    new RegExp(`First ${suffix}, Said:\\s*Mobile libraries reach villages\\.`),
    new RegExp(`Second ${suffix}, Said:\\s*Reading groups need rooms\\.`),
  ])
  await context.close()
})
