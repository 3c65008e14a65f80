import type { Refusal } from './Refusal'

const keyOf = (docId: string) => `minutes.unsaved.${docId}`

/**
 * The work a refusal left to put back, kept in localStorage from the moment the local copy is
 * dropped until it is back in the minutes: closing the browser in between must not lose it.
 * Too large for the storage, it lives in memory only, as before.
 */
export const keptRefusal = {
  keep(docId: string, refusal: Refusal, storage: Storage = window.localStorage): void {
    try {
      storage.setItem(
        keyOf(docId),
        JSON.stringify({
          reason: refusal.reason,
          unsavedState: toBase64(refusal.unsavedState),
          mayRestore: refusal.mayRestore,
        }),
      )
    } catch {
      // Full or blocked storage: the work is still held in memory for this visit.
    }
  },

  read(docId: string, storage: Storage = window.localStorage): Refusal | null {
    try {
      const value: unknown = JSON.parse(storage.getItem(keyOf(docId)) ?? 'null')
      if (typeof value !== 'object' || value === null) return null
      const { reason, unsavedState, mayRestore } = value as Record<string, unknown>
      if (typeof reason !== 'string' || typeof unsavedState !== 'string') return null
      return { reason, unsavedState: fromBase64(unsavedState), mayRestore: mayRestore !== false }
    } catch {
      return null
    }
  },

  forget(docId: string, storage: Storage = window.localStorage): void {
    try {
      storage.removeItem(keyOf(docId))
    } catch {
      // Blocked storage kept nothing.
    }
  },
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: spreading a whole document's state into one call overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  }
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
