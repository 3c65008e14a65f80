import type { DocumentStore } from '../persistence/DocumentStore'
import type { LiveDocument } from './LiveDocument'

export type ChangeListener = (documentId: string) => void

/**
 * Tells who listens (a series' register page, through its event stream) that a document changed:
 * each live document's stored updates (this process's clients' and those other processes
 * published), and changes made beside the content (a rename, another series).
 */
export class DocumentChanges {
  private readonly listeners = new Set<ChangeListener>()
  private readonly closers = new Set<() => void>()

  /** Follows a live document until it leaves memory. */
  follow(document: LiveDocument): void {
    const stop = document.onUpdate(() => this.notify(document.id))
    document.onClose(stop)
  }

  notify(documentId: string): void {
    for (const listener of this.listeners) listener(documentId)
  }

  /** Returns the way to stop listening. */
  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** `close` runs when the server stops, so that no open stream holds the shutdown. */
  onClose(close: () => void): () => void {
    this.closers.add(close)
    return () => this.closers.delete(close)
  }

  close(): void {
    for (const close of [...this.closers]) close()
    this.closers.clear()
    this.listeners.clear()
  }
}

const announced = ['createDocument', 'renameDocument', 'setStatus', 'setSeries'] as const

/**
 * The store, telling `changes` of every change to a document's meta made through it (created,
 * renamed, moved to another series), once made: those never pass a live document.
 */
export function announcingChanges(store: DocumentStore, changes: DocumentChanges): DocumentStore {
  return new Proxy(store, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      const method = value.bind(target) as (...parameters: unknown[]) => Promise<unknown>
      if (!(announced as readonly (string | symbol)[]).includes(property)) return method
      return async (...parameters: unknown[]) => {
        const result = await method(...parameters)
        const first = parameters[0]
        const id = typeof first === 'string' ? first : (first as { id: string }).id
        changes.notify(id)
        return result
      }
    },
  })
}
