const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** A Ctrl/Cmd+Alt+<key> shortcut as this platform writes it ("⌘⌥O", "Ctrl+Alt+O") and as ARIA does. */
export function describeShortcut(key: string): { label: string; aria: string } {
  return isMac
    ? { label: `⌘⌥${key}`, aria: `Meta+Alt+${key}` }
    : { label: `Ctrl+Alt+${key}`, aria: `Control+Alt+${key}` }
}

/**
 * Whether `event` is Ctrl/Cmd+Alt+<key>, by physical key so that Option's accents on a Mac do
 * not hide it; AltGr (Ctrl+Alt on Windows) typing a character is left alone.
 */
export function isShortcut(event: KeyboardEvent, key: string): boolean {
  const isModifier = isMac ? event.metaKey : event.ctrlKey
  if (!isModifier || !event.altKey || event.shiftKey) return false
  if (!isMac && event.getModifierState('AltGraph')) return false
  return event.code === `Key${key}`
}
