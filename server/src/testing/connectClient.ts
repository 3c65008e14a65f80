import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Resolves once the first sync with the server has completed. */
  synced: Promise<void>
  destroy(): void
}

/** A stock y-websocket client, exactly as an outside integrator would use it. */
export function connectClient(
  wsUrl: string,
  documentId: string,
  {
    params = {},
    bearer,
    headers = {},
    doc = new Y.Doc(),
  }: {
    params?: Record<string, string>
    bearer?: string
    headers?: Record<string, string>
    /** A copy of the document kept from an earlier connection (a browser reconnecting). */
    doc?: Y.Doc
  } = {},
): TestClient {
  const upgradeHeaders = bearer ? { ...headers, authorization: `Bearer ${bearer}` } : headers
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    WebSocketPolyfill: (Object.keys(upgradeHeaders).length > 0
      ? webSocketWithHeaders(upgradeHeaders)
      : WebSocket) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** A `ws` WebSocket class that sends `headers` with its upgrade request, as browsers cannot. */
export function webSocketWithHeaders(
  headers: Record<string, string>,
): new (
  url: string | URL,
  protocols?: string | string[],
) => WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers })
    }
  }
}

/** Polls until `check` holds (it may be async); fails with `description` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  description: string,
  timeoutMs = 5_000,
): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${description}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The text of the minutes content fragment, paragraph by paragraph. */
export function paragraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('default')
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : ''))
}

/** Appends a paragraph to the content the way the editor would. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  const fragment = doc.getXmlFragment('default')
  fragment.insert(fragment.length, [paragraph])
}
