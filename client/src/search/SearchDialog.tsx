import { workflowStatuses, workflowStatusLabels } from '@minutes/permissions'
import type { SearchResult } from '@minutes/protocol'
import { type KeyboardEvent, useId, useRef, useState } from 'react'
import { useSeriesList } from '../series/useSeriesList'
import { useModalDialog } from '../shared/dialog/useModalDialog'
import { navigate } from '../shared/navigation/navigation'
import { blockPath } from './blockAddress'
import { HighlightedSnippet } from './HighlightedSnippet'
import { searchShortcutLabel } from './isSearchShortcut'
import { describeKind, filterKinds, searchKindLabels } from './searchKindLabels'
import { type SearchState, useSearchResults } from './useSearchResults'
import './search.css'

const noResults: SearchResult[] = []

/**
 * The search box: every set of minutes the person may read, best matches first, each opening
 * the minutes at its block. A combobox over a listbox: arrows choose, Enter opens, Escape closes.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null)
  const dialog = useModalDialog({ onCancel: onClose, initialFocusRef: inputRef })
  const id = useId()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState('')
  const [kind, setKind] = useState('')
  const [speaker, setSpeaker] = useState('')
  const [series, setSeries] = useState('')
  // Invitations may not list series (403): they search their one document, so no series filter.
  const { state: seriesList } = useSeriesList()
  const allSeries = seriesList.status === 'ready' ? seriesList.series : []
  const state = useSearchResults({ q, status, kind, speaker, series })
  const results = 'results' in state ? state.results : noResults
  const [active, setActive] = useState(0)
  // A new list starts at its best result.
  const [shownResults, setShownResults] = useState(results)
  if (shownResults !== results) {
    setShownResults(results)
    setActive(0)
  }
  const listId = `${id}-results`
  const optionId = (index: number) => `${id}-result-${index}`

  const open = (result: SearchResult | undefined) => {
    if (!result) return
    onClose()
    navigate(blockPath(result.docId, result.blockId))
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = { ArrowDown: active + 1, ArrowUp: active - 1 }[event.key]
    if (next !== undefined && results.length > 0) {
      event.preventDefault()
      const index = Math.max(0, Math.min(next, results.length - 1))
      setActive(index)
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter') {
      event.preventDefault()
      open(results[active])
    }
  }

  return (
    <dialog {...dialog} className="modal-dialog search-dialog" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Search the minutes</h2>
      <div className="search-dialog__query">
        <label htmlFor={`${id}-q`} className="search-dialog__label">
          Words to find
        </label>
        <input
          ref={inputRef}
          id={`${id}-q`}
          // Not type="search": Chromium's Escape would clear the field instead of closing the box.
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={handleKeyDown}
        />
      </div>
      <fieldset className="search-dialog__filters" aria-label="Filters">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value="">Any status</option>
          {workflowStatuses.map((value) => (
            <option key={value} value={value}>
              {workflowStatusLabels[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">Any part</option>
          {filterKinds.map((value) => (
            <option key={value} value={value}>
              {searchKindLabels[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <input
          id={`${id}-speaker`}
          type="text"
          value={speaker}
          placeholder="Name"
          onChange={(event) => setSpeaker(event.target.value)}
        />
        {allSeries.length > 0 && (
          <>
            <label htmlFor={`${id}-series`}>Series</label>
            <select
              id={`${id}-series`}
              value={series}
              onChange={(event) => setSeries(event.target.value)}
            >
              <option value="">Any series</option>
              {allSeries.map(({ id: seriesId, title }) => (
                <option key={seriesId} value={seriesId}>
                  {title}
                </option>
              ))}
            </select>
          </>
        )}
      </fieldset>
      <p className="search-dialog__status quiet" role="status">
        {describeState(state)}
      </p>
      <div id={listId} role="listbox" aria-label="Results" className="search-dialog__results">
        {results.map((result, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (aria-activedescendant).
          <div
            key={`${result.docId}/${result.blockId}`}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="search-result"
            onClick={() => open(result)}
            onMouseMove={() => setActive(index)}
          >
            <span className="search-result__title">{result.title}</span>
            <span className="search-result__meta">
              {describeKind(result.kind)}
              {result.speaker && ` · ${result.speaker}`} · {workflowStatusLabels[result.status]}
            </span>
            <span className="search-result__snippet">
              <HighlightedSnippet snippet={result.snippet} highlights={result.highlights} />
            </span>
          </div>
        ))}
      </div>
      <p className="search-dialog__hint quiet">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close ·{' '}
        <kbd>{searchShortcutLabel}</kbd> search from anywhere
      </p>
    </dialog>
  )
}

function describeState(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Type words to find them in every set of minutes you can read.'
    case 'loading':
      return 'Searching…'
    case 'error':
      return state.message
    case 'ready':
      if (state.results.length === 0) return 'Nothing found. Try fewer or shorter words.'
      return state.results.length === 1 ? '1 result' : `${state.results.length} results`
  }
}
