/**
 * Typing and opening in the real editor, in Chromium, on generated minutes of 60,000 words beside
 * 5,000 words, alone and with five peers typing in other sections. Prints keydown-to-paint
 * p50/p95 and the time from navigation to editable content, from the server (fresh browser
 * profile) and from the local copy (second open, IndexedDB warm). Run: `npm run bench -- editor-typing`.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import * as Y from 'yjs'
import { connectClient, type TestClient } from '../server/src/testing/connectClient'
import { startServerProcess } from '../server/src/testing/startServerProcess'
import { generateMinutesText } from './generateMinutesText'
import { percentiles } from './measure'

const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 200)
const keyDelayMs = 50
const peerKeysPerSecond = 5
const sizes = [60_000, 5_000]
const peerCounts = [0, 5]

interface Scenario {
  words: number
  peers: number
}

interface Result {
  openFromServerMs: number
  openFromCacheMs: number
  keyToPaint: number[]
  /** Keystrokes Chromium's Event Timing reported as slower than 16 ms (it reports none faster). */
  slowEvents: number[]
}

declare global {
  interface Window {
    benchOpenedAt?: number
    benchKeyToPaint?: number[]
    benchSlowEvents?: number[]
  }
}

/**
 * In every page: the first frame in which the editor is editable and holds the whole document
 * (the text of its last block, the chair's summary, is there), as milliseconds since navigation.
 * Node views' React headers may come later (renderWhenNearOrIdle); the text is what one edits.
 */
function watchOpening() {
  const check = () => {
    const lastBlock = document.querySelector(
      '.ProseMirror[contenteditable="true"] .node-chairSummary',
    )
    if (lastBlock?.textContent) {
      window.benchOpenedAt = performance.now()
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * Keydown to the next paint: from the event's timestamp to the first task after the frame
 * that follows it (rAF, then a MessageChannel message, which runs once that frame is drawn).
 * Event Timing entries over 16 ms are kept beside it as Chromium's own figure.
 */
function watchKeys() {
  const keyToPaint: number[] = []
  const slowEvents: number[] = []
  window.benchKeyToPaint = keyToPaint
  window.benchSlowEvents = slowEvents
  window.addEventListener(
    'keydown',
    (event) => {
      const started = event.timeStamp
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => keyToPaint.push(performance.now() - started)
        channel.port2.postMessage(null)
      })
    },
    { capture: true },
  )
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') slowEvents.push(entry.duration)
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
}

async function importDocument(url: string, adminToken: string, words: number): Promise<string> {
  const response = await fetch(`${url}/api/docs/import?title=${words}%20words&filename=m.txt`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', authorization: `Bearer ${adminToken}` },
    body: generateMinutesText(words),
  })
  const answer = (await response.json()) as { id?: string; error?: string }
  if (!response.ok || !answer.id) throw new Error(`import answered ${response.status}`)
  return answer.id
}

async function invite(url: string, adminToken: string, documentId: string): Promise<string> {
  const response = await fetch(`${url}/api/docs/${documentId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ role: 'secretariat', name: 'Bench Clerk' }),
  })
  const answer = (await response.json()) as { token?: string }
  if (!response.ok || !answer.token) throw new Error(`invite answered ${response.status}`)
  return `${url}/invite/${answer.token}`
}

/** A stock y-websocket client typing into the first paragraph of one section, with a caret. */
async function startPeer(wsUrl: string, adminToken: string, documentId: string, at: number) {
  const client: TestClient = connectClient(wsUrl, documentId, { bearer: adminToken })
  await client.synced
  const sections = client.doc
    .getXmlFragment('default')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
    .filter((node) => node.nodeName === 'speakerSection')
  const section = sections[Math.floor(at * sections.length)]
  const paragraph = section?.get(0)
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined
  if (!(text instanceof Y.XmlText)) throw new Error('a peer found no paragraph to type into')
  let offset = 20
  const typeOne = () => {
    text.insert(offset++, 'x')
    const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, offset))
    client.provider.awareness.setLocalStateField('cursor', { anchor: position, head: position })
  }
  client.provider.awareness.setLocalStateField('user', { name: `Peer ${at}`, color: '#0a7' })
  const timer = setInterval(typeOne, 1000 / peerKeysPerSecond)
  return () => {
    clearInterval(timer)
    client.destroy()
  }
}

async function openDocument(page: Page, documentUrl: string): Promise<number> {
  await page.goto(documentUrl, { timeout: 120_000 })
  await page.waitForFunction(() => window.benchOpenedAt !== undefined, null, { timeout: 120_000 })
  return page.evaluate(() => window.benchOpenedAt ?? Number.NaN)
}

async function measure(
  browser: Browser,
  server: { url: string; adminToken: string },
  documentId: string,
  scenario: Scenario,
): Promise<Result> {
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/sync`
  const stops = await Promise.all(
    Array.from({ length: scenario.peers }, (_, index) =>
      startPeer(wsUrl, server.adminToken, documentId, [0.1, 0.25, 0.4, 0.7, 0.9][index] ?? 0),
    ),
  )
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  // A long document can keep the page busy for tens of seconds: measure it, do not give up.
  context.setDefaultTimeout(180_000)
  try {
    // tsx keeps function names with a `__name` helper the page lacks: give the page one.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await context.addInitScript(watchOpening)
    await context.request.get(await invite(server.url, server.adminToken, documentId), {
      maxRedirects: 0,
    })
    const page = await context.newPage()
    const documentUrl = `${server.url}/d/${documentId}`
    const openFromServerMs = await openDocument(page, documentUrl)
    // Let the local copy (IndexedDB) and the service worker settle before opening from them.
    await page.waitForTimeout(3_000)
    await page.goto('about:blank')
    const openFromCacheMs = await openDocument(page, documentUrl)

    const paragraphs = page.locator('.ProseMirror [data-type="speaker-section"] p')
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2))
    await middle.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await page.waitForTimeout(500)
    const box = await middle.boundingBox()
    if (!box) throw new Error('the middle paragraph is not on screen')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.keyboard.press('End')
    await page.waitForTimeout(1_000)
    await page.evaluate(watchKeys)
    const text = 'The committee agreed to return to this point at its next meeting. '
    // A page that cannot keep up is measured on the keys it took in two minutes.
    const deadline = Date.now() + 120_000
    for (let index = 0; index < keystrokes && Date.now() < deadline; index++) {
      await page.keyboard.type(text[index % text.length] ?? 'x')
      await page.waitForTimeout(keyDelayMs)
    }
    await page.waitForTimeout(500)
    const { keyToPaint, slowEvents } = await page.evaluate(() => ({
      keyToPaint: window.benchKeyToPaint ?? [],
      slowEvents: window.benchSlowEvents ?? [],
    }))
    return { openFromServerMs, openFromCacheMs, keyToPaint, slowEvents }
  } finally {
    await context.close()
    for (const stop of stops) stop()
  }
}

function printResults(rows: [Scenario, Result][]): void {
  const [load1, load5] = loadavg()
  console.log(
    `\nEditor in Chromium — keydown to next paint (${keystrokes} keys, ${keyDelayMs} ms apart) and open to editable; load average ${load1?.toFixed(2)} / ${load5?.toFixed(2)}`,
  )
  const columns = [
    'keys',
    'key p50 ms',
    'key p95 ms',
    'ET>16ms',
    'ET p95 ms',
    'open server',
    'open cache',
  ]
  console.log(`${'document'.padEnd(34)}${columns.map((column) => column.padStart(12)).join('')}`)
  for (const [{ words, peers }, result] of rows) {
    const keys = percentiles(result.keyToPaint)
    const slow = [...result.slowEvents].sort((a, b) => a - b)
    // Event Timing lists only keys over 16 ms: its p95 is under 16 when fewer than 5% are listed.
    const slowP95 =
      slow.length > 0.05 * result.keyToPaint.length
        ? (slow[slow.length - Math.ceil(0.05 * result.keyToPaint.length)] ?? 0).toFixed(0)
        : '<16'
    const cells = [
      String(result.keyToPaint.length),
      keys.p50.toFixed(1),
      keys.p95.toFixed(1),
      String(slow.length),
      slowP95,
      `${(result.openFromServerMs / 1000).toFixed(2)} s`,
      `${(result.openFromCacheMs / 1000).toFixed(2)} s`,
    ]
    const name = `${words.toLocaleString('en')} words, ${peers === 0 ? 'alone' : `${peers} peers typing`}`
    console.log(`${name.padEnd(34)}${cells.map((cell) => cell.padStart(12)).join('')}`)
  }
  // Issue 9's goal for 60,000 words with five peers, on the same columns.
  const targets = ['', '', '≤ 16', '', '', '≤ 1.50 s', '≤ 1.00 s']
  console.log(`${'target'.padEnd(34)}${targets.map((cell) => cell.padStart(12)).join('')}`)
}

const dataDir = mkdtempSync(join(tmpdir(), 'minutes-bench-'))
const adminToken = randomBytes(24).toString('hex')
const server = await startServerProcess({ dataDir, adminToken })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
})
try {
  const rows: [Scenario, Result][] = []
  for (const words of sizes) {
    for (const peers of peerCounts) {
      // A document of its own per row, so no row types into another's leftovers.
      const documentId = await importDocument(server.url, adminToken, words)
      rows.push([
        { words, peers },
        await measure(browser, { url: server.url, adminToken }, documentId, { words, peers }),
      ])
    }
  }
  printResults(rows)
} finally {
  await browser.close()
  server.child.kill('SIGTERM')
  await server.exited
  rmSync(dataDir, { recursive: true, force: true })
}
