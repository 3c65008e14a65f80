import type { Person } from '@minutes/schema'
import * as Y from 'yjs'

/** A `Person` from a value of the people map (a plain object or a nested Y.Map), if it is one. */
export function readPerson(id: string, value: unknown): Person | null {
  const fields: unknown = value instanceof Y.Map ? value.toJSON() : value
  if (typeof fields !== 'object' || fields === null) return null
  const { name, title, organisation, role, alias } = fields as Record<string, unknown>
  if (typeof name !== 'string' || !name.trim()) return null
  return {
    id,
    name,
    ...(isText(title) && { title }),
    ...(isText(organisation) && { organisation }),
    ...(isText(role) && { role }),
    ...(isText(alias) && { alias }),
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}
