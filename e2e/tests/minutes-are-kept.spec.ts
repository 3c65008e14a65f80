import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { adminToken } from '../fixtures/adminToken'
import { MinutesApi } from '../fixtures/MinutesApi'
import { startServer } from '../fixtures/startServer'
import { expect, test } from '../fixtures/test'

const text = 'Resolved: the budget is approved as circulated.'

test('a reload shows the saved minutes, and so does a browser that never had them', async ({
  documentId,
  person,
}) => {
  const ada = await person('Ada Lovelace')
  await ada.open(documentId)
  await ada.expectReady()
  await ada.append(text)

  await ada.page.reload()
  await ada.expectReady()
  await expect(ada.editor).toContainText(text)
  // The local copy and the server's copy merge on reload; the paragraph must not double.
  expect(await ada.countOf(text)).toBe(1)

  // A new context has no local copy: the text can only come from the server.
  const grace = await person('Grace Hopper')
  await grace.open(documentId)
  await grace.expectReady()
  await expect(grace.editor).toContainText(text)
  expect(await grace.countOf(text)).toBe(1)
})

test('the minutes survive a server restart', async ({ person }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'minutes-e2e-restart-'))
  let server = await startServer({ dataDir })
  try {
    const documentId = await new MinutesApi(server.url, adminToken()).createDocument('Restart')
    const ada = await person('Ada Lovelace', { baseURL: server.url })
    await ada.open(documentId)
    await ada.expectReady()
    const grace = await person('Grace Hopper', { baseURL: server.url })
    await grace.open(documentId)
    await grace.expectReady()
    await ada.append(text)
    // Grace seeing it proves the server has it; only then is stopping a fair test of saving.
    await expect(grace.editor).toContainText(text)

    await server.stop()
    await expect(ada.connection).not.toHaveAttribute('data-state', 'connected')
    server = await startServer({ dataDir, port: server.port })

    const katherine = await person('Katherine Johnson', { baseURL: server.url })
    await katherine.open(documentId)
    await katherine.expectReady()
    await expect(katherine.editor).toContainText(text)
    // The open tab reconnects by itself and keeps one copy of what it had.
    await ada.expectReady()
    expect(await ada.countOf(text)).toBe(1)
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
