import type { Person } from '@minutes/schema'

/** A new person from what was typed: "Ada Lovelace (Treasury)" gives a name and an organisation. */
export function personFromText(id: string, text: string): Person | null {
  const typed = text.trim().replace(/\s+/g, ' ')
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(typed)
  const name = (match?.[1] ?? typed).trim()
  const organisation = match?.[2]?.trim()
  if (!name) return null
  return organisation ? { id, name, organisation } : { id, name }
}
