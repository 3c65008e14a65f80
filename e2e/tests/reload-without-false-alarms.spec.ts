import type { EditorPage } from '../fixtures/EditorPage'
import { importMinutes, inviteSpeaker } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const reloads = 10

// Ten page loads each, on a machine shared with the server and other browsers.
test.slow()

/**
 * Reloads the page and checks what a person would: the minutes come back with everything typed
 * before, connected, and nothing says a change was refused or went wrong.
 */
async function reloadAndExpectCalm(page: EditorPage['page'], typed: readonly string[]) {
  await page.reload()
  const editor = page.locator('.ProseMirror')
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  for (const text of typed) await expect(editor).toContainText(text)
  // A refusal arrives after the first sync: give it the time a round trip takes.
  await page.waitForTimeout(300)
  await expect(page.getByRole('alert')).toHaveCount(0)
}

test('reloading ten times alone raises no alarm and keeps every word', async ({
  documentId,
  person,
}) => {
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  const typed: string[] = []
  for (let round = 1; round <= reloads; round++) {
    const text = `Alone, before reload ${round}.`
    await clerk.append(text)
    typed.push(text)
    await reloadAndExpectCalm(clerk.page, typed)
  }
  for (const text of typed) expect(await clerk.countOf(text)).toBe(1)
})

test('reloading ten times while a colleague types raises no alarm and keeps every word', async ({
  api,
  documentId,
  person,
}) => {
  const clerk = await person('Daniel Frost')
  const colleague = await person('Cara Whitlock')
  await clerk.open(documentId)
  await clerk.expectReady()
  await colleague.open(documentId)
  await colleague.expectReady()
  const typed: string[] = []
  for (let round = 1; round <= reloads; round++) {
    const mine = `Mine, before reload ${round}.`
    const theirs = `Theirs, during reload ${round}.`
    await clerk.append(mine)
    // The colleague's words reach the reloading page while it is away, and its own copy holds
    // the colleague's earlier words: both come back to the server on reconnect.
    await expect(colleague.editor).toContainText(mine)
    const reloading = reloadAndExpectCalm(clerk.page, typed.concat(mine))
    await colleague.append(theirs)
    await reloading
    typed.push(mine, theirs)
    await expect(clerk.editor).toContainText(theirs)
  }
  await expect(colleague.refusalNotice).toHaveCount(0)
  await expect(colleague.page.getByRole('alert')).toHaveCount(0)
  const stored = await api.exportMarkdown(documentId)
  for (const text of typed) {
    expect(await clerk.countOf(text)).toBe(1)
    expect(stored).toContain(text)
  }
})

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University)

Ada Lovell: explained that her team had followed 400 households for two years.
`

test('a speaker reloads ten times after the minutes were circulated and reopened, with no alarm', async ({
  api,
  baseURL,
  browser,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Circulated and reopened')
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  const context = await browser.newContext({ baseURL: baseURL! })
  try {
    const page = await context.newPage()
    await page.goto(await inviteSpeaker(baseURL!, documentId, 'ada-lovell', 'Ada Lovell'))
    await expect(page).toHaveURL(new RegExp(`/d/${documentId}$`))
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
    const badge = page.locator('.status-badge')
    const typed: string[] = []
    for (let round = 1; round <= reloads; round++) {
      await api.setStatus(documentId, 'circulated')
      await expect(badge).toHaveAttribute('data-status', 'circulated')
      const text = ` Correction ${round}.`
      await page.locator('.section--own').getByText('400 households').click()
      // Her section is the last block: the end of the minutes is the end of her paragraph.
      await page.keyboard.press('ControlOrMeta+End')
      await page.keyboard.type(text)
      typed.push(text.trim())
      // The clerk seeing it means the server has it, before the minutes go back to draft.
      await expect(clerk.editor).toContainText(text.trim())
      await api.setStatus(documentId, 'draft')
      await expect(badge).toHaveAttribute('data-status', 'draft')
      // Her copy now holds the server's own writes of both statuses, and all her corrections.
      await reloadAndExpectCalm(page, typed)
      await expect(badge).toHaveAttribute('data-status', 'draft')
    }
    const stored = await api.exportMarkdown(documentId)
    for (const text of typed) expect(stored).toContain(text)
    await expect(clerk.page.getByRole('alert')).toHaveCount(0)
  } finally {
    await context.close()
  }
})

/** Minutes longer than two screens: their end is far below where a reloaded page opens. */
const longMinutes = [
  'There was a meeting of the Household Study Group.',
  'Members in attendance: Ruth Adebayo MP, Cara Whitlock MP',
  'Speakers: Ada Lovell (Northfield University)',
  ...Array.from(
    { length: 60 },
    (_, index) => `Ada Lovell: set out finding ${index + 1} of the household study.`,
  ),
].join('\n\n')

test('after each reload of long minutes, a paragraph typed at the end lands at the end', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, longMinutes, 'Long minutes, reloaded')
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  const typed: string[] = []
  for (let round = 1; round <= 3; round++) {
    const text = `Added at the end after reload ${round}.`
    await reloadAndExpectCalm(clerk.page, typed)
    await clerk.append(text)
    typed.push(text)
    // Ctrl+End reaches the last paragraph even when it was never drawn; the caret stays there.
    const paragraphs = await clerk.editor.locator('p').allTextContents()
    expect(paragraphs.slice(-1 - round)).toEqual([expect.stringContaining('finding 60'), ...typed])
  }
})
