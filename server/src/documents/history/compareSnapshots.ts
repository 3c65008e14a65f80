import * as Y from 'yjs'

export type ChangeKind = 'insert' | 'delete' | 'format'

/** A run of text inserted, deleted or formatted by one person; `author` is a principal id. */
export interface TextChange {
  kind: ChangeKind
  text: string
  author: string | null
}

/** A Yjs type holding a list of items: a fragment, an element, a text. */
type ListType = { _start: Y.Item | null }

export interface Attribution {
  /** Who wrote with a Yjs client id. */
  inserterOf(clientId: number): string | undefined
  /** Who deleted the character with this id. */
  deleterOf(id: Y.ID): string | undefined
}

/**
 * What changed in `type` between two snapshots of a document that keeps its history (gc off):
 * text inserted, deleted or newly formatted, in document order, each run naming its person.
 * Reads the items as they are, character by character, so the document is never modified.
 */
export function compareSnapshots(
  type: ListType,
  from: Y.Snapshot,
  to: Y.Snapshot,
  attribution: Attribution,
): TextChange[] {
  const changes: TextChange[] = []
  let joinsLast = false
  const emit = (kind: ChangeKind, text: string, author: string | null) => {
    const last = changes.at(-1)
    if (joinsLast && last && last.kind === kind && last.author === author) last.text += text
    else changes.push({ kind, text, author })
    joinsLast = true
  }
  const isIn = (snapshot: Y.Snapshot, client: number, clock: number) =>
    (snapshot.sv.get(client) ?? 0) > clock && !Y.isDeleted(snapshot.ds, Y.createID(client, clock))

  const walk = (parent: ListType) => {
    // Formatting a person added around text that was there before: key → who.
    const openFormats = new Map<string, string | null>()
    for (let item = parent._start; item !== null; item = item.right) {
      const { client, clock } = item.id
      const content = item.content
      if (content instanceof Y.ContentType) {
        if (!isIn(from, client, clock) && !isIn(to, client, clock)) continue
        joinsLast = false
        walk(content.type)
        joinsLast = false
      } else if (content instanceof Y.ContentFormat) {
        const isNew = isIn(to, client, clock) && !isIn(from, client, clock)
        if (isNew && content.value !== null) {
          openFormats.set(content.key, attribution.inserterOf(client) ?? null)
        } else if (isIn(to, client, clock)) {
          openFormats.delete(content.key)
        }
      } else if (content instanceof Y.ContentString) {
        for (let offset = 0; offset < content.str.length; offset++) {
          const character = content.str[offset] ?? ''
          const before = isIn(from, client, clock + offset)
          const after = isIn(to, client, clock + offset)
          if (!before && after) emit('insert', character, attribution.inserterOf(client) ?? null)
          else if (before && !after) {
            emit(
              'delete',
              character,
              attribution.deleterOf(Y.createID(client, clock + offset)) ?? null,
            )
          } else if (before && after && openFormats.size > 0) {
            emit('format', character, [...openFormats.values()][0] ?? null)
          } else if (before && after) joinsLast = false
        }
      }
    }
  }
  walk(type)
  return withoutRewrites(changes)
}

/**
 * Drops text deleted and written again unchanged next to it (as a restore writes it): the
 * same words, so no change to the reader, though Yjs holds them as new items.
 */
function withoutRewrites(changes: TextChange[]): TextChange[] {
  const kept: TextChange[] = []
  for (const change of changes) {
    const last = kept.at(-1)
    const isPair =
      last !== undefined &&
      last.text === change.text &&
      ((last.kind === 'delete' && change.kind === 'insert') ||
        (last.kind === 'insert' && change.kind === 'delete'))
    if (isPair) kept.pop()
    else kept.push(change)
  }
  return kept
}
