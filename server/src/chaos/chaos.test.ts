import type { WorkflowStatus } from '@minutes/permissions'
import { CloseCode } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME, WORKFLOW_MAP_NAME } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import type { JSONContent } from '@tiptap/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { createRandom, type Random } from '../sync/fuzz/createRandom'
import { waitFor } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { HeadlessTab } from './HeadlessTab'
import { readChaosSeed } from './readChaosSeed'

/** How long the rounds may run, and how many at most: `npm test` must stay bounded. */
const budgetMs = Number(process.env.MINUTES_CHAOS_MS ?? 20_000)
const maxRounds = Number(process.env.MINUTES_CHAOS_ROUNDS ?? 3_000)
/** How long a person waits for the server to catch up before we call it a hang. */
const settleMs = 15_000
/** Short, so that the document leaves the server's memory whenever everyone is away. */
const unloadDelayMs = 50

const seed = readChaosSeed()

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    speakerSection(
      'p-ada',
      paragraph('Ada spoke first.'),
      {
        type: 'recommendation',
        attrs: { status: 'proposed', addressee: 'the Home Office', proposerId: 'p-ada' },
        content: [paragraph('Train every officer.')],
      },
      paragraph('She thanked the committee.'),
    ),
    speakerSection('p-bo', paragraph('Bo replied.')),
    paragraph('The meeting closed.'),
  ],
}
const register = [
  { id: 'p-ada', name: 'Ada Lovell' },
  { id: 'p-bo', name: 'Bo Marsh' },
]

interface Person {
  label: string
  tab: HeadlessTab
  /** Set for a speaker: the section she may correct while the minutes are circulated. */
  speakerId?: string
}

/** Whether someone may type while the minutes are `status`, as the rules have it. */
function mayType(person: Person, status: unknown): boolean {
  if (status === 'circulated') return true
  return status === 'draft' && person.speakerId === undefined
}

const nextStatuses: Record<WorkflowStatus, readonly (readonly [WorkflowStatus, number])[]> = {
  draft: [['circulated', 1]],
  circulated: [
    ['draft', 3],
    ['approved', 2],
  ],
  approved: [
    ['circulated', 3],
    ['draft', 1],
  ],
  published: [['draft', 1]],
}

/** Every text node inside `root`, in document order. */
function textsIn(root: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return root
    .toArray()
    .flatMap((node) =>
      node instanceof Y.XmlText ? [node] : node instanceof Y.XmlElement ? textsIn(node) : [],
    )
}

function sectionOf(content: Y.XmlFragment, speakerId: string): Y.XmlElement {
  const section = content
    .toArray()
    .find(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement &&
        node.nodeName === 'speakerSection' &&
        node.getAttribute('speakerId') === speakerId,
    )
  if (!section) throw new Error(`seed ${seed}: the section of ${speakerId} is gone`)
  return section
}

/**
 * Types `word` key by key where a person may: anywhere for the secretariat, inside her own
 * section for a speaker. Only at the start of a word, so that no one splits another's word: two
 * people typing at one spot at once make one run of letters each (YATA), never a mix.
 */
function typeWord(person: Person, word: string, random: Random): void {
  const content = person.tab.content
  const scope = person.speakerId ? sectionOf(content, person.speakerId) : content
  if (random.chance(0.15)) {
    const container = person.speakerId
      ? scope
      : random.pick([content, ...content.toArray().filter(isSection)])
    const added = new Y.XmlElement('paragraph')
    added.insert(0, [new Y.XmlText(word)])
    container.insert(random.int(container.length + 1), [added])
    return
  }
  const text = random.pick(textsIn(scope))
  const current = text.toString()
  // Never after a word without its space: it may be a colleague's word, half arrived.
  const starts = [0]
  for (let index = 1; index <= current.length; index++) {
    if (current[index - 1] === ' ') starts.push(index)
  }
  const position = random.pick(starts)
  const keys = `${word} `
  for (let index = 0; index < keys.length; index++) {
    text.insert(position + index, keys.charAt(index))
  }
}

const isSection = (node: unknown): node is Y.XmlElement =>
  node instanceof Y.XmlElement && node.nodeName === 'speakerSection'

/** Occurrences of `word` as a whole word. */
function countWord(text: string, word: string): number {
  return text.match(new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`, 'g'))?.length ?? 0
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let server: TestServer
let documentId: string

beforeAll(async () => {
  server = await startTestServer({ unloadDelayMs, compactAfterUpdates: 50 })
  documentId = await server.createDocument('Chaos', encodeMinutesState(minutes, register))
})
afterAll(async () => {
  await server.close()
})

async function api(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer: unknown = await response.json()
  if (!response.ok) {
    throw new Error(
      `seed ${seed}: POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`,
    )
  }
  return answer
}

async function invite(role: string, name: string, speakerId?: string): Promise<string> {
  const answer = await api(`/api/docs/${documentId}/invites`, { role, name, speakerId })
  if (typeof answer === 'object' && answer !== null && 'token' in answer) {
    if (typeof answer.token === 'string') return answer.token
  }
  throw new Error(`seed ${seed}: the invitation came without a token`)
}

/** The document as the server stored it. */
async function storedDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of await server.store.loadUpdates(documentId)) Y.applyUpdate(doc, update)
  return doc
}

/** Whether `stored` holds every change `doc` has. */
function holdsAllOf(stored: Y.Doc, doc: Y.Doc): boolean {
  const held = stateVectorOf(stored)
  for (const [client, clock] of stateVectorOf(doc)) {
    if ((held.get(client) ?? 0) < clock) return false
  }
  return true
}

const stateVectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc))
const sortedStateVector = (doc: Y.Doc) => [...stateVectorOf(doc)].sort(([a], [b]) => a - b)

describe('chaos: people edit, drop offline, reload and reconnect while the status moves', () => {
  it(
    'keeps every word everyone typed, ends with identical copies and never refuses anyone',
    async () => {
      console.log(
        `chaos seed ${seed} (MINUTES_CHAOS_SEED=${seed} replays these choices; timing varies)`,
      )
      const random = createRandom(seed)
      const { wsUrl } = server
      const tab = async (label: string, token: string, storeName = label) => {
        const opened = new HeadlessTab({
          wsUrl,
          documentId,
          token,
          storeName: `chaos-${seed}-${storeName}`,
          name: label,
        })
        await opened.whenLoaded()
        return opened
      }
      const adaToken = await invite('speaker', 'Ada Lovell', 'p-ada')
      const people: Person[] = [
        { label: 'clerk-a', tab: await tab('clerk-a', await invite('secretariat', 'Clerk A')) },
        { label: 'clerk-b', tab: await tab('clerk-b', await invite('secretariat', 'Clerk B')) },
        { label: 'admin', tab: await tab('admin', server.adminToken) },
        { label: 'ada', speakerId: 'p-ada', tab: await tab('ada', adaToken) },
        // Ada's second tab: the same browser, so the same local copy.
        { label: 'ada-2', speakerId: 'p-ada', tab: await tab('ada-2', adaToken, 'ada') },
        {
          label: 'bo',
          speakerId: 'p-bo',
          tab: await tab('bo', await invite('speaker', 'Bo Marsh', 'p-bo')),
        },
      ]
      const words: { word: string; by: string; offline: boolean }[] = []
      const counts = {
        rounds: 0,
        words: 0,
        wordsOffline: 0,
        reloads: 0,
        reloadsOffline: 0,
        offlinePeriods: 0,
        statusChanges: 0,
        unloads: 0,
      }
      let status: WorkflowStatus = 'draft'
      const journal: string[] = []
      const note = (line: string) => {
        journal.push(`${counts.rounds}: ${line}`)
        if (journal.length > 40) journal.shift()
      }
      const failure = (what: string) => {
        const refusals = refusalsOf(people)
        const refused = refusals.length > 0 ? `\nrefusals:\n${refusals.join('\n')}` : ''
        return `seed ${seed}: ${what}${refused}\nlast steps:\n${journal.join('\n')}\n(MINUTES_CHAOS_SEED=${seed})`
      }

      await waitFor(() => people.every(({ tab }) => tab.isSynced), 'everyone to sync', settleMs)

      /** Brings `person` online and waits until the server has all she has, and she all it has. */
      const settle = async (group: readonly Person[], why: string) => {
        for (const person of group) if (!person.tab.isOnline) person.tab.goOnline()
        try {
          await waitFor(
            async () => {
              // A refused tab stops reconnecting: say so now rather than time out.
              if (refusalsOf(people).length > 0) throw new Error('someone was refused')
              if (!group.every(({ tab }) => tab.isSynced)) return false
              const stored = await storedDoc()
              return group.every(({ tab }) => holdsAllOf(stored, tab.doc))
            },
            why,
            settleMs,
          )
        } catch (error) {
          throw new Error(failure(String(error)))
        }
      }

      const moveStatus = async () => {
        const to = random.weighted(nextStatuses[status])
        // Those who may type now but not after must have nothing in flight: a speaker's
        // correction that reaches the server after the minutes went back to draft is refused
        // rightly, and that is not what this test is about.
        const losing = people.filter((person) => mayType(person, status) && !mayType(person, to))
        await settle(losing, `${losing.map(({ label }) => label).join(', ')} to catch up`)
        note(`status ${status} -> ${to}`)
        await api(`/api/docs/${documentId}/status`, { status: to })
        status = to
        counts.statusChanges++
        try {
          await waitFor(
            () => losing.every(({ tab }) => tab.seenStatus === to),
            `the status ${to} to reach ${losing.map(({ label }) => label).join(', ')}`,
            settleMs,
          )
        } catch (error) {
          throw new Error(failure(String(error)))
        }
      }

      const started = Date.now()
      while (counts.rounds < maxRounds && Date.now() - started < budgetMs) {
        counts.rounds++
        const action = random.weighted([
          ['type', 45],
          ['offline', 12],
          ['online', 9],
          ['reload', 12],
          ['status', 6],
          ['pause', 5],
          ['everyone-away', 2],
        ] as const)
        const person = random.pick(people)
        const { tab } = person
        switch (action) {
          case 'type': {
            if (!mayType(person, tab.seenStatus) || tab.content.length === 0) break
            const many = random.between(1, 3)
            for (let index = 0; index < many; index++) {
              const word = `c${people.indexOf(person)}r${counts.rounds}w${index}`
              typeWord(person, word, random)
              words.push({ word, by: person.label, offline: !tab.isOnline })
              counts.words++
              if (!tab.isOnline) counts.wordsOffline++
            }
            note(`${person.label} typed ${many} word(s)${tab.isOnline ? '' : ' offline'}`)
            break
          }
          case 'offline':
            if (!tab.isOnline) break
            tab.goOffline()
            counts.offlinePeriods++
            note(`${person.label} went offline`)
            break
          case 'online':
            if (tab.isOnline) break
            tab.goOnline()
            note(`${person.label} came back online`)
            break
          case 'reload':
            await tab.reload()
            counts.reloads++
            if (!tab.isOnline) counts.reloadsOffline++
            note(`${person.label} reloaded${tab.isOnline ? '' : ' offline'}`)
            break
          case 'status':
            await moveStatus()
            break
          case 'pause':
            await delay(random.between(50, 250))
            break
          case 'everyone-away':
            // The server lets the document go once nobody is connected, and mirrors a status
            // set meanwhile when it loads it again: copies made before come back to that.
            for (const { tab: away } of people) if (away.isOnline) away.goOffline()
            counts.offlinePeriods++
            note('everyone went offline')
            try {
              await waitFor(
                () => !server.registry.has(documentId),
                'the server to let the document go',
                settleMs,
              )
            } catch (error) {
              throw new Error(failure(String(error)))
            }
            counts.unloads++
            if (random.chance(0.5)) await moveStatus()
            break
        }
        await delay(random.int(12))
      }

      await settle(people, 'everyone to reconnect and catch up')
      const stored = await storedDoc()
      try {
        await waitFor(
          () =>
            people.every(
              ({ tab }) =>
                JSON.stringify(sortedStateVector(tab.doc)) ===
                JSON.stringify(sortedStateVector(stored)),
            ),
          'every copy to hold what the server holds',
          settleMs,
        )
      } catch {
        // The comparison below says who differs.
      }

      const storedText = stored.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()
      const lost = words.filter(({ word }) => countWord(storedText, word) !== 1)
      const refusals = refusalsOf(people)
      const closeCodes = people.flatMap(({ tab }) => tab.closeCodes)
      console.log(
        `chaos seed ${seed}: ${counts.rounds} rounds, ${counts.words} words (${counts.wordsOffline} offline), ` +
          `${counts.reloads} reloads (${counts.reloadsOffline} offline), ${counts.offlinePeriods} offline periods, ` +
          `${counts.statusChanges} status changes, ${counts.unloads} unloads; server close codes: ${JSON.stringify(tally(closeCodes))}`,
      )

      expect(refusals, failure('someone was refused')).toEqual([])
      expect(
        lost.map(
          ({ word, by, offline }) =>
            `${word} by ${by}${offline ? ' offline' : ''}: ${countWord(storedText, word)} times`,
        ),
        failure('words missing from (or doubled in) the stored minutes'),
      ).toEqual([])
      for (const { label, tab } of people) {
        expect(
          {
            stateVector: sortedStateVector(tab.doc),
            content: tab.content.toString(),
            status: tab.seenStatus,
          },
          failure(`${label}'s copy differs from the server's`),
        ).toEqual({
          stateVector: sortedStateVector(stored),
          content: storedText,
          status: stored.getMap(WORKFLOW_MAP_NAME).get('status'),
        })
      }
      expect(counts.words, failure('nobody typed')).toBeGreaterThan(0)
      await Promise.all(people.map(({ tab }) => tab.close()))
    },
    budgetMs + 4 * settleMs,
  )
})

/** Closes and permission-denied messages that refused someone, or failed them. */
function refusalsOf(people: readonly Person[]): string[] {
  return people.flatMap(({ label, tab }) => [
    ...tab.closeCodes
      .filter((code) => code >= 4000 || code === CloseCode.serverError)
      .map((code) => `${label} closed with ${code}`),
    ...tab.denials.map((reason) => `${label} denied: ${reason}`),
  ])
}

function tally(values: readonly number[]): Record<string, number> {
  const counted: Record<string, number> = {}
  for (const value of values) counted[value] = (counted[value] ?? 0) + 1
  return counted
}
