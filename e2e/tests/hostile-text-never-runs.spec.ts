import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { adminToken } from '../fixtures/adminToken'
import type { EditorPage } from '../fixtures/EditorPage'
import { expect, test } from '../fixtures/test'

/**
 * Script in every place text enters the minutes — a title, an imported file, a pasted page, a
 * person's name, an invitation's name shown in presence, raw Yjs writes — must stay text: nothing
 * runs in the editor, on the public page or in the exports. Every payload calls `__pwned` (or
 * `alert`) if it ever runs; the page also must not hold a single inline handler or foreign script.
 */
const run = (label: string) => `__pwned('${label}')`

const payloads = {
  title: `Minutes <img src=x onerror="${run('title')}"><script>${run('title-script')}</script>`,
  presenceName: `Eve <img src=x onerror="${run('presence')}">`,
  personName: `Mallory <svg onload="${run('person')}">`,
  organisation: `<iframe src="javascript:${run('organisation')}"></iframe>`,
}

const hostileMarkdown = [
  '# Household Study Group <img src=x onerror="__pwned(\'md-heading\')">',
  '',
  'Members in attendance: Ruth Adebayo MP, <b onmouseover="__pwned(\'md-member\')">Cara</b> Whitlock MP',
  '',
  `Speakers: Ada Lovell (<img src=x onerror="${run('md-org')}">)`,
  '',
  `Ada Lovell: see [the report](javascript:${run('md-link')}) and [this](JaVaScRiPt:${run('md-link-case')}).`,
  '',
  `A [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [an obfuscated one](jav&#x09;ascript:${run('md-obfuscated')}).`,
  '',
  `<script>${run('md-script')}</script>`,
  '',
  `<a href="javascript:${run('md-anchor')}">raw anchor</a> <svg><animate onbegin="${run('md-svg')}"/></svg>`,
  '',
  'A safe [link](https://example.org/report) stays a link.',
].join('\n')

const hostileHtml = [
  `<p>Pasted <img src=x onerror="${run('paste-img')}"> text</p>`,
  `<p><a href="javascript:${run('paste-link')}">a pasted link</a></p>`,
  `<p><a href="  java\tscript:${run('paste-spaced')}">spaced</a></p>`,
  `<script>${run('paste-script')}</script>`,
  `<iframe srcdoc="<script>parent.${run('paste-iframe')}</script>"></iframe>`,
  `<p style="background:url(javascript:${run('paste-style')})" onclick="${run('paste-click')}">styled</p>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run('paste-mxss')}"></style></mglyph></table></mtext></math>`,
].join('')

declare global {
  interface Window {
    __pwned: (label: string) => void
    __pwnedBy: string[]
  }
}

/** Every way a page could show that something ran, or that markup slipped through as markup. */
async function watch(page: EditorPage['page']) {
  const ran: string[] = []
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    window.__pwnedBy = []
    window.__pwned = (label) => window.__pwnedBy.push(label)
  })
  return {
    /** What ran, and every element carrying an inline handler, a script or a frame of its own. */
    async findings(): Promise<string[]> {
      const inPage = await page.evaluate(() => {
        const found = [...(window.__pwnedBy ?? [])]
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name))
              found.push(`handler ${attribute.name} on <${element.localName}>`)
          }
          if (['iframe', 'object', 'embed'].includes(element.localName))
            found.push(`<${element.localName}>`)
          if (element.localName === 'script' && !(element as HTMLScriptElement).src) {
            found.push(`inline <script>: ${element.textContent?.slice(0, 60)}`)
          }
        }
        for (const link of document.querySelectorAll<HTMLElement>('body [href], body [src]')) {
          const target = link.getAttribute('href') ?? link.getAttribute('src') ?? ''
          // Browsers ignore whitespace and control characters inside a scheme.
          const scheme = [...target].filter((character) => character > ' ').join('')
          if (/^(javascript|data|vbscript):/i.test(scheme)) {
            found.push(`link to ${target.slice(0, 40)}`)
          }
        }
        return found
      })
      return [...ran, ...inPage]
    },
  }
}

/** A Yjs client of the secretariat's, writing what no editor would. */
async function connectRawClient(baseURL: string, documentId: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${baseURL.replace(/^http/, 'ws')}/sync`,
    documentId,
    doc,
    {
      WebSocketPolyfill: class extends WebSocket {
        constructor(url: string) {
          super(url, { headers: { authorization: `Bearer ${adminToken()}`, origin: baseURL } })
        }
      } as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  )
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider }
}

test.slow()

test('the watch sees script that runs, inline handlers, frames and script links', async ({
  person,
}) => {
  const canary = await person('Canary')
  const canaryWatch = await watch(canary.page)
  // A page of no origin: the app's own Content-Security-Policy would stop the canary running.
  await canary.page.goto('about:blank')
  await canary.page.setContent(
    `<img src=x onerror="${run('canary')}"><a href=" java\tscript:void 0">x</a><iframe></iframe>`,
  )
  await expect
    .poll(() => canaryWatch.findings())
    .toEqual(['canary', 'handler onerror on <img>', '<iframe>', 'link to  java\tscript:void 0'])
})

test('script in titles, imports, pastes, names and raw Yjs writes never runs, here or on the public page', async ({
  baseURL,
  api,
  person,
}) => {
  // An imported Markdown file, with a hostile title.
  const imported = await fetch(
    new URL(
      `/api/docs/import?title=${encodeURIComponent(payloads.title)}&filename=hostile.md`,
      baseURL,
    ),
    {
      method: 'POST',
      headers: { 'content-type': 'text/markdown', authorization: `Bearer ${adminToken()}` },
      body: hostileMarkdown,
    },
  )
  expect(imported.status).toBe(201)
  const { id: documentId } = (await imported.json()) as { id: string }

  // A person with a script for a name and organisation, written straight into the register and
  // given a section of their own.
  const raw = await connectRawClient(baseURL!, documentId)
  raw.doc.transact(() => {
    raw.doc.getMap('people').set('hostile-person', {
      id: 'hostile-person',
      name: payloads.personName,
      organisation: payloads.organisation,
    })
    const section = new Y.XmlElement('speakerSection')
    section.setAttribute('speakerId', 'hostile-person')
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Mallory spoke about safeguarding.')])
    section.insert(0, [paragraph])
    const content = raw.doc.getXmlFragment('default')
    content.insert(content.length, [section])
  })
  await expect.poll(() => api.exportMarkdown(documentId)).toContain('Mallory \\<svg')
  raw.provider.destroy()

  const clerk = await person('Daniel Frost')
  const clerkWatch = await watch(clerk.page)
  await clerk.open(documentId)
  await clerk.expectReady()
  // Someone whose invitation carries a script for a name joins: presence shows it, as text.
  const visitor = await person(payloads.presenceName)
  const visitorWatch = await watch(visitor.page)
  await visitor.open(documentId)
  await visitor.expectReady()
  await expect(clerk.presence).toContainText('Eve <img src=x')

  // A web page pasted into the minutes.
  await clerk.editor.getByText('A safe').click()
  await clerk.page.keyboard.press('End')
  await clerk.page.keyboard.press('Enter')
  await clerk.editor.evaluate((editor, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'Pasted text')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, hostileHtml)
  await expect(clerk.editor).toContainText('a pasted link')
  await expect(visitor.editor).toContainText('a pasted link')

  // The text arrived as text; the one safe link is still a link.
  await expect(clerk.editor).toContainText('Household Study Group')
  await expect(clerk.editor.locator('a[href="https://example.org/report"]')).toHaveCount(1)
  await expect(clerk.page.locator('h1.document-title__heading')).toContainText('Minutes <img src=x')
  // Pointing at everything that could carry a handler does nothing either.
  for (const element of await clerk.editor.locator('a, b, p').all()) {
    await element.hover({ trial: false, timeout: 2_000 }).catch(() => {})
  }

  expect(await clerkWatch.findings()).toEqual([])
  expect(await visitorWatch.findings()).toEqual([])

  // Published, the public page shows the same minutes with nothing live in them.
  await api.setStatus(documentId, 'circulated')
  await api.setStatus(documentId, 'approved')
  await api.setStatus(documentId, 'published')
  const reader = await person('A member of the public')
  const readerWatch = await watch(reader.page)
  const publicPage = await reader.page.goto(`/p/${documentId}`)
  expect(publicPage?.status()).toBe(200)
  await expect(reader.page.locator('body')).toContainText('a pasted link')
  expect(await readerWatch.findings()).toEqual([])

  // The exports carry the words, never live markup: the HTML export, opened as a page, runs
  // nothing; the Markdown export escapes every tag and every link it does not make itself.
  const exported = async (format: string) => {
    const response = await fetch(
      new URL(`/api/docs/${documentId}/export?format=${format}`, baseURL),
      { headers: { authorization: `Bearer ${adminToken()}` } },
    )
    expect(response.status).toBe(200)
    return response.text()
  }
  await reader.page.setContent(await exported('html'))
  await expect(reader.page.locator('body')).toContainText('a pasted link')
  expect(await readerWatch.findings()).toEqual([])
  const markdown = await exported('md')
  expect(markdown).toContain('a pasted link')
  expect(markdown).not.toMatch(/(^|[^\\])<\/?(script|iframe|img|svg|a|b|math)\b/im)
  expect(markdown).not.toMatch(/(^|[^\\])\]\(\s*(javascript|data|vbscript):/im)
})
