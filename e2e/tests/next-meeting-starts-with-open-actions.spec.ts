import { adminToken } from '../fixtures/adminToken'
import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const january = `Date: 20 January 2025

Present: Tessa Grant (TG), Rich Owen

ACTION: TG to write to the minister by 1 February 2025.
`

test('the next meeting of a series starts with the open actions of the last', async ({
  api,
  baseURL,
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const series = await api.createSeries(`Trust board ${suffix}`)
  const first = await importMinutes(baseURL!, january, `January board ${suffix}`, { series })

  const context = await browser.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  })
  const clerk = await context.newPage()
  await clerk.goto(`/s/${series}`)
  const openActions = clerk.getByRole('table', { name: 'Open actions' })
  await expect(openActions.locator('tbody tr')).toHaveText([/A1.*write to the minister/i])

  await clerk.getByRole('button', { name: 'New meeting' }).click()
  const form = clerk.getByRole('form', { name: 'New minutes' })
  await form.getByLabel('Title').fill(`February board ${suffix}`)
  const carry = form.getByLabel(/Start with the open action of January board/)
  await expect(carry).toBeChecked()
  await form.getByRole('button', { name: 'Create' }).click()

  const editor = clerk.locator('.ProseMirror')
  await expect(
    editor.getByRole('heading', { name: 'Matters arising / actions from the last meeting' }),
  ).toBeVisible()
  const agreedAt = editor.getByRole('link', { name: `(agreed at January board ${suffix}, A1)` })
  await expect(agreedAt).toHaveAttribute('href', new RegExp(`^/d/${first}\\?block=\\d+-\\d+$`))

  await clerk.goto(`/s/${series}`)
  await expect(openActions.locator('tbody tr')).toHaveText([
    new RegExp(`A1.*write to the minister.*February board ${suffix} A1`, 'i'),
  ])
  await context.close()
})
