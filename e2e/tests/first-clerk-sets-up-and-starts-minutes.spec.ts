import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type RunningServer, startServer } from '../fixtures/startServer'
import { expect, test } from '../fixtures/test'

const clerk = {
  name: 'Daniel Frost',
  email: 'daniel.frost@example.org',
  password: 'a long enough phrase',
}

// A server of its own: only a server without accounts prints the setup link.
let server: RunningServer
let dataDir: string
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'minutes-e2e-setup-'))
  server = await startServer({ dataDir })
})
test.afterEach(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('the first clerk sets up Minutes, starts new minutes and finds them from another browser', async ({
  browser,
}) => {
  await expect.poll(() => server.output()).toMatch(/\/setup\?token=\S+/)
  const setupLink = new URL(server.output().match(/\S+\/setup\?token=\S+/)![0])

  const page = await (await browser.newContext({ baseURL: server.url })).newPage()
  await page.goto(setupLink.pathname + setupLink.search)
  await page.getByLabel('Your name').fill(clerk.name)
  await page.getByLabel('Email address').fill(clerk.email)
  await page.getByLabel('Password').fill(clerk.password)
  await page.getByRole('button', { name: 'Create account' }).click()

  const title = 'Finance Committee, 14 May'
  await page.getByRole('button', { name: 'New minutes' }).click()
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page).toHaveURL(/\/d\/[^/]+$/)
  await expect(page.locator('.ProseMirror[contenteditable="true"]')).toBeVisible()
  await expect(page.locator('[aria-label="People here"]')).toContainText(clerk.name)

  const elsewhere = await (await browser.newContext({ baseURL: server.url })).newPage()
  await elsewhere.goto('/sign-in')
  await elsewhere.getByLabel('Email address').fill(clerk.email)
  await elsewhere.getByLabel('Password').fill(clerk.password)
  await elsewhere.getByRole('button', { name: 'Sign in' }).click()
  await elsewhere.getByRole('link', { name: title }).click()
  await expect(elsewhere).toHaveURL(page.url())
  await expect(elsewhere.getByTestId('connection-status')).toHaveAttribute(
    'data-state',
    'connected',
  )
})
