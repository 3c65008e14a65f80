import type { WebSocket } from '@playwright/test'
import { NetworkLink } from '../fixtures/NetworkLink'
import { expect, test } from '../fixtures/test'

test('an edit made offline reaches the others once back online, with theirs kept', async ({
  api,
  baseURL,
  documentId,
  person,
}) => {
  const link = await NetworkLink.open(baseURL!)
  try {
    const ada = await person('Ada Lovelace', { baseURL: link.url })
    const adaSockets: WebSocket[] = []
    ada.page.on('websocket', (socket) => adaSockets.push(socket))
    await ada.open(documentId)
    await ada.expectReady()
    const grace = await person('Grace Hopper')
    await grace.open(documentId)
    await grace.expectReady()
    await expect(grace.presence).toContainText('Ada Lovelace')

    const liveSocket = adaSockets.find((socket) => !socket.isClosed())
    expect(liveSocket, 'Ada has a live sync websocket').toBeDefined()
    const socketClosed = liveSocket!.waitForEvent('close', { timeout: 5_000 })
    link.unplug()
    await ada.page.context().setOffline(true)
    await socketClosed
    // The server saw the connection go: Ada has left Grace's presence list.
    await expect(grace.presence).not.toContainText('Ada Lovelace')
    await expect(ada.connection).toHaveAttribute('data-state', 'offline')

    const offlineText = 'Written on the train, without a connection.'
    await ada.append(offlineText)
    await expect(ada.connection).toHaveText(/^Offline — [1-9]\d* unsynced changes?$/)
    await expect(ada.editor).toContainText(offlineText)
    // Meanwhile Grace, still connected, writes too.
    const colleagueText = 'Grace noted the vote while Ada was away.'
    await grace.append(colleagueText)
    // Absence has no event to wait for: give a leak time to show before checking.
    await grace.page.waitForTimeout(1_500)
    await expect(grace.editor).not.toContainText(offlineText)
    await expect(ada.editor).not.toContainText(colleagueText)

    link.plugIn()
    await ada.page.context().setOffline(false)
    await ada.expectReady()
    for (const someone of [ada, grace]) {
      await expect(someone.editor).toContainText(offlineText)
      await expect(someone.editor).toContainText(colleagueText)
      expect(await someone.countOf(offlineText)).toBe(1)
      expect(await someone.countOf(colleagueText)).toBe(1)
    }
    await expect(grace.presence).toContainText('Ada Lovelace')
    // And both reached the server, which is what the export reads.
    await expect
      .poll(async () => {
        const saved = await api.exportMarkdown(documentId)
        return [offlineText, colleagueText].filter((text) => saved.includes(text))
      })
      .toEqual([offlineText, colleagueText])
    // Nothing Ada did was refused: no notice of unsaved work, and nothing typed is lost.
    await expect(ada.refusalNotice).toHaveCount(0)
    await expect(grace.refusalNotice).toHaveCount(0)
  } finally {
    await link.close()
  }
})
