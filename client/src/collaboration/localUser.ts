/** Who this browser is, as others see them in presence and carets. */
export interface LocalUser {
  name: string
  color: string
}

/** Dark enough for white text (contrast at least 4.5:1), and distinct from each other. */
export const USER_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
] as const

export const LOCAL_USER_KEY = 'minutes.user'

export function readLocalUser(storage: Pick<Storage, 'getItem'>): LocalUser | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(LOCAL_USER_KEY) ?? 'null')
    if (typeof value !== 'object' || value === null) return null
    const { name, color } = value as Record<string, unknown>
    if (typeof name !== 'string' || !name.trim()) return null
    const isValidColor = typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)
    return { name: name.trim(), color: isValidColor ? color : pickUserColor() }
  } catch {
    return null
  }
}

export function pickUserColor(random: () => number = Math.random): string {
  return USER_COLORS[Math.floor(random() * USER_COLORS.length)] ?? USER_COLORS[0]
}
