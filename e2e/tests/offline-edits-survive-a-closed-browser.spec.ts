import { NetworkLink } from '../fixtures/NetworkLink'
import { PersistentBrowser } from '../fixtures/PersistentBrowser'
import { expect, test } from '../fixtures/test'

test('minutes opened before open offline after the browser was closed, and the edit arrives', async ({
  api,
  baseURL,
  documentId,
  person,
}) => {
  // Three browser launches (a laptop started twice and a colleague) on a shared two-core machine.
  test.slow()
  const link = await NetworkLink.open(baseURL!)
  const laptop = new PersistentBrowser(link.url)
  try {
    const invitation = await api.invite(documentId, { name: 'Ada Lovelace', role: 'secretariat' })
    let context = await laptop.open()
    let page = await context.newPage()
    await page.goto(invitation)
    await expect(page).toHaveURL(new RegExp(`/d/${documentId}$`))
    const editor = page.locator('.ProseMirror[contenteditable="true"]')
    const connection = page.getByTestId('connection-status')
    await expect(editor).toBeVisible()
    await expect(connection).toHaveAttribute('data-state', 'connected')
    // The app is kept for offline use once its service worker is active (it precaches first).
    await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true))

    link.unplug()
    await context.setOffline(true)
    await expect(connection).toHaveAttribute('data-state', 'offline')
    const offlineText = 'Typed on the plane, then the lid was closed.'
    await editor.focus()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type(offlineText)
    await expect(connection).toHaveText(/^Offline — [1-9]\d* unsynced changes?$/)
    // The local copy is written a moment after each keystroke; a person closes the lid later.
    await page.waitForTimeout(1_000)
    await laptop.close()

    // Reopened with no network at all: the shell, the title and the edit come from this device.
    context = await laptop.open({ offline: true })
    page = await context.newPage()
    await page.goto(`/d/${documentId}`)
    const reopened = page.locator('.ProseMirror[contenteditable="true"]')
    await expect(reopened).toContainText(offlineText)
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'minutes opened before open offline',
    )
    expect(await api.exportMarkdown(documentId)).not.toContain(offlineText)

    link.plugIn()
    await context.setOffline(false)
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
    await expect.poll(() => api.exportMarkdown(documentId)).toContain(offlineText)
    const grace = await person('Grace Hopper')
    await grace.open(documentId)
    await grace.expectReady()
    await expect(grace.editor).toContainText(offlineText)
    expect(await grace.countOf(offlineText)).toBe(1)
  } finally {
    await laptop.dispose()
    await link.close()
  }
})
