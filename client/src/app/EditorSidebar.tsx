import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react'
import './editorLayout.css'

export interface SidebarTab {
  id: string
  label: string
  content: ReactNode
  /**
   * Its items sit beside their text (comments): beside a wide page the sidebar then scrolls with
   * the page instead of on its own.
   */
  followsPage?: boolean
}

/**
 * The editor's right-hand sidebar: one tab per companion (comments, recommendations and actions,
 * corrections for the secretariat and speakers, history). Tabs follow the ARIA pattern: arrow keys, Home
 * and End move between them, Tab goes into the open panel. The region is named after its tab.
 */
export function EditorSidebar({
  tabs,
  selectedId: chosenId,
  onSelect,
}: {
  tabs: readonly SidebarTab[]
  /** The open tab, when the page decides it (a new comment brings its tab forward). */
  selectedId?: string
  onSelect?: (id: string) => void
}) {
  const [ownId, setOwnId] = useState(tabs[0]?.id)
  const selectedId = chosenId ?? ownId
  const setSelectedId = (id: string) => {
    setOwnId(id)
    onSelect?.(id)
  }
  const tabRefs = useRef(new Map<string, HTMLButtonElement>())
  const baseId = useId()
  const tabId = (id: string) => `${baseId}-tab-${id}`
  const panelId = (id: string) => `${baseId}-panel-${id}`
  const selected = tabs.find((tab) => tab.id === selectedId) ?? tabs[0]
  if (!selected) return null

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected.id)
    const next = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key]
    const tab = next === undefined ? undefined : tabs[next]
    if (!tab) return
    event.preventDefault()
    setSelectedId(tab.id)
    tabRefs.current.get(tab.id)?.focus()
  }

  return (
    <aside
      className="editor-sidebar"
      aria-labelledby={tabId(selected.id)}
      data-follows-page={selected.followsPage || undefined}
    >
      <div
        className="editor-sidebar__tabs"
        role="tablist"
        aria-label="Sidebar"
        onKeyDown={handleKeyDown}
      >
        {tabs.map((tab) => {
          const isSelected = tab.id === selected.id
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element)
                else tabRefs.current.delete(tab.id)
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="editor-sidebar__tab"
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => setSelectedId(tab.id)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      <div
        className="editor-sidebar__panel"
        role="tabpanel"
        id={panelId(selected.id)}
        aria-labelledby={tabId(selected.id)}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the tab pattern lets the panel take focus when it has no control first
        tabIndex={0}
      >
        {selected.content}
      </div>
    </aside>
  )
}
