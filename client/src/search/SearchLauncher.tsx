import { useEffect, useState } from 'react'
import { isSearchShortcut, isSlashShortcut } from './isSearchShortcut'
import { onOpenSearch } from './openSearch'
// Not loaded lazily: the box must hold the focus before the next key, or the first letters
// typed after the shortcut are lost.
import { SearchDialog } from './SearchDialog'

/** Opens the search box on Ctrl/⌘+K anywhere, on "/" where `isSlashOpening`, and on `openSearch()`. */
export function SearchLauncher({ isSlashOpening }: { isSlashOpening: boolean }) {
  const [isOpen, setIsOpen] = useState(false)
  useEffect(() => onOpenSearch(() => setIsOpen(true)), [])
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) && !(isSlashOpening && isSlashShortcut(event))) return
      event.preventDefault()
      setIsOpen(true)
    }
    // Captured before the editor sees it, so the shortcut works with the caret in the text.
    document.addEventListener('keydown', handleKeyDown, true)
    return () => document.removeEventListener('keydown', handleKeyDown, true)
  }, [isSlashOpening])
  return isOpen ? <SearchDialog onClose={() => setIsOpen(false)} /> : null
}
