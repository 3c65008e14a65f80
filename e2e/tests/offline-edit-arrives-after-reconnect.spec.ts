import type { WebSocket } from '@playwright/test'
import { NetworkLink } from '../fixtures/NetworkLink'
import { expect, test } from '../fixtures/test'

test('an edit made offline reaches the others once back online', async ({
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
    // Absence has no event to wait for: give a leak time to show before checking.
    await grace.page.waitForTimeout(1_500)
    await expect(grace.editor).not.toContainText(offlineText)

    link.plugIn()
    await ada.page.context().setOffline(false)
    await ada.expectReady()
    await expect(grace.editor).toContainText(offlineText)
    expect(await grace.countOf(offlineText)).toBe(1)
    await expect(grace.presence).toContainText('Ada Lovelace')
  } finally {
    await link.close()
  }
})
