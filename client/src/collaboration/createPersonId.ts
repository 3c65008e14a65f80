/** A new id for the people register: `p-` and 12 random hex digits, unguessable across documents. */
export function createPersonId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return `p-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
