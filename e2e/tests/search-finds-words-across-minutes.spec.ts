import { adminToken } from '../fixtures/adminToken'
import { importMinutes } from '../fixtures/importMinutes'
import { MinutesApi } from '../fixtures/MinutesApi'
import { expect, test } from '../fixtures/test'

const filler = Array.from(
  { length: 40 },
  (_, index) => `Ada Lovell: noted point ${index + 1} on the household survey and its method.`,
).join('\n\n')

const longMinutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

${filler}

Bo Marsh: stated that the kestrel survey covered sixty library services.
`

test('the secretariat finds a word in any minutes and lands on its block', async ({
  baseURL,
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const target = await importMinutes(baseURL!, longMinutes, `Library inquiry ${suffix}`)
  await importMinutes(baseURL!, 'Ada Lovell: nothing about birds here.\n', `Other ${suffix}`)

  const context = await browser.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'All minutes' })).toBeVisible()

  // "/" on the list opens the search box; what is typed at once goes into it, first letter too.
  await page.keyboard.press('/')
  await page.keyboard.type('kestrel sixty')
  const dialog = page.getByRole('dialog', { name: 'Search the minutes' })
  const query = dialog.getByRole('combobox', { name: 'Words to find' })
  await expect(query).toBeFocused()
  await expect(query).toHaveValue('kestrel sixty')

  const results = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option')
  await expect(results).toHaveCount(1)
  await expect(results.first()).toContainText(`Library inquiry ${suffix}`)
  await expect(results.first()).toContainText('Bo Marsh')
  await expect(results.first().locator('mark')).toHaveText(['kestrel', 'sixty'])
  await expect(results.first()).toHaveAttribute('aria-selected', 'true')

  // The highlight lasts a moment: record every block it lands on, however busy the machine.
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { highlightedBlocks: seen })
    new MutationObserver(() => {
      for (const block of document.querySelectorAll('.block-highlight')) {
        seen.push(block.textContent ?? '')
      }
    }).observe(document.body, { subtree: true, childList: true, attributeFilter: ['class'] })
  })
  await query.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(new RegExp(`/d/${target}$`))
  const editor = page.locator('.ProseMirror')
  // Highlighted for a moment, and scrolled to: the rest of the minutes lies above it.
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { highlightedBlocks: string[] }).highlightedBlocks),
    )
    .toContainEqual('stated that the kestrel survey covered sixty library services.')
  await expect(editor.locator('p', { hasText: 'kestrel survey' })).toBeInViewport()
  await expect(editor.locator('p', { hasText: 'noted point 1 on' })).not.toBeInViewport()
  await expect(editor).toBeFocused()
  // The caret is in the block found: what is typed lands there.
  await page.keyboard.type('Zq')
  await expect(editor.locator('p', { hasText: 'Zq' })).toContainText('kestrel survey')

  // Ctrl/⌘+K opens the search from inside the text too; Escape gives the text back.
  await page.keyboard.press('ControlOrMeta+k')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Words to find' }).fill('zzzznothing')
  await expect(dialog.getByRole('status')).toContainText('Nothing found')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(editor).toBeFocused()
  await context.close()
})

test('the search box narrows the results to the meetings of one series', async ({
  baseURL,
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const inquiry = `Heron inquiry ${suffix}`
  const series = await new MinutesApi(baseURL!, adminToken()).createSeries(inquiry)
  const text = `Bo Marsh: stated that the heron count ${suffix} rose again.\n`
  await importMinutes(baseURL!, text, `Session one ${suffix}`, { series })
  await importMinutes(baseURL!, text, `Standalone ${suffix}`)

  const context = await browser.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken()}` },
  })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'All minutes' })).toBeVisible()
  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: 'Search the minutes' })
  await dialog.getByRole('combobox', { name: 'Words to find' }).fill(`heron ${suffix}`)
  const results = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option')
  await expect(results).toHaveCount(2)

  await dialog.getByRole('combobox', { name: 'Series' }).selectOption({ label: inquiry })
  await expect(results).toHaveCount(1)
  await expect(results.first()).toContainText(`Session one ${suffix}`)
  await context.close()
})
