const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Ctrl+K (⌘K on a Mac), by physical key so that other keyboard layouts find it too. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const isModifier = isMac ? event.metaKey : event.ctrlKey
  return isModifier && !event.altKey && !event.shiftKey && event.code === 'KeyK'
}

/** "/" typed where it is not text: in a field or the editor it stays a slash. */
export function isSlashShortcut(event: KeyboardEvent): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false
  const target = event.target
  if (!(target instanceof HTMLElement)) return true
  return !(target.isContentEditable || target.closest('input, textarea, select, [contenteditable]'))
}

export const searchShortcutLabel = isMac ? '⌘K' : 'Ctrl+K'
export const searchShortcutAria = isMac ? 'Meta+K' : 'Control+K'
