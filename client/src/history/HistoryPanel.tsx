import { isLocked, type WorkflowStatus } from '@minutes/permissions'
import type { HistoryPerson, VersionChanges, VersionView } from '@minutes/protocol'
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { errorMessage, isAbortError } from '../shared/api/ApiError'
import { ConfirmDialog } from '../shared/dialog/ConfirmDialog'
import { AuditTrailView } from './AuditTrailView'
import { ChangeList } from './ChangeList'
import { historyApi } from './historyApi'
import { VersionViewer } from './VersionViewer'
import './history.css'

interface HistoryPanelProps {
  docId: string
  /** The secretariat names and restores versions and reads the audit trail. */
  canManage: boolean
  /** Approved and published minutes are read-only: nothing may be restored. Each change is a version. */
  status: WorkflowStatus
}

type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; value: T }

const current = 'current'

/**
 * The versions of the minutes, newest first: name the current state (secretariat), open one
 * read-only, compare two or one with now (changes coloured by person), restore one after a
 * confirmation (secretariat, not while approved or published), and the audit trail.
 */
export function HistoryPanel({ docId, canManage, status }: HistoryPanelProps) {
  const isReadOnly = isLocked(status)
  const [versions, setVersions] = useState<Loaded<VersionView[]>>({ state: 'loading' })
  const [announcement, setAnnouncement] = useState('')
  const [opened, setOpened] = useState<VersionView | null>(null)
  const [restoring, setRestoring] = useState<VersionView | null>(null)
  const [comparison, setComparison] = useState<{ from: string; to: string } | null>(null)

  const reload = useCallback(
    (signal?: AbortSignal) =>
      historyApi.list(docId, signal).then(
        ({ versions: list }) => setVersions({ state: 'ready', value: list }),
        (error: unknown) => {
          if (!isAbortError(error)) setVersions({ state: 'error', message: errorMessage(error) })
        },
      ),
    [docId],
  )
  // A status change is a version, recorded just after the new status reaches everyone: read
  // the list when the status moves, and again a moment later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: status is the reason to reload, not an input.
  useEffect(() => {
    const controller = new AbortController()
    void reload(controller.signal)
    const again = setTimeout(() => void reload(controller.signal), 1_500)
    return () => {
      clearTimeout(again)
      controller.abort()
    }
  }, [reload, status])

  const handleRestore = async (version: VersionView) => {
    setRestoring(null)
    setAnnouncement(`Restoring “${labelOf(version)}”…`)
    try {
      await historyApi.restore(docId, version.id)
      setAnnouncement(`Restored “${labelOf(version)}”. Everyone editing sees it now.`)
      await reload()
    } catch (error) {
      setAnnouncement(`Could not restore: ${errorMessage(error)}`)
    }
  }

  const list = versions.state === 'ready' ? [...versions.value].reverse() : []
  return (
    <div className="history">
      {canManage && (
        <NameVersionForm
          docId={docId}
          onNamed={(name) => {
            setAnnouncement(`Named this version “${name}”.`)
            void reload()
          }}
        />
      )}
      <div className="history__toolbar">
        <p className="history__announcement" role="status">
          {announcement}
        </p>
        <button type="button" className="button button--small" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      {versions.state === 'loading' && <p className="quiet">Loading the versions…</p>}
      {versions.state === 'error' && (
        <div className="notice" role="alert">
          <p>Could not load the versions. {versions.message}</p>
          <button type="button" className="button button--small" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {versions.state === 'ready' && list.length === 0 && (
        <p className="quiet">No versions yet. One is kept as soon as someone edits.</p>
      )}
      {list.length > 0 && (
        <CompareForm versions={list} onCompare={(from, to) => setComparison({ from, to })} />
      )}
      {comparison && (
        <Comparison
          docId={docId}
          from={comparison.from}
          to={comparison.to}
          versions={list}
          onClose={() => setComparison(null)}
        />
      )}
      <ol className="history__list" aria-label="Versions, newest first">
        {list.map((version) => (
          <li key={version.id} className="history-version">
            <h3 className="history-version__name">{labelOf(version)}</h3>
            <p className="quiet history-version__meta">
              {formatMoment(version.createdAt)}
              {version.createdBy ? ` · by ${version.createdBy.name}` : ' · kept automatically'}
            </p>
            <p className="history-version__authors">
              {version.authors.length > 0
                ? `Edited by ${namesOf(version.authors)}`
                : 'No edits since the version before.'}
            </p>
            <div className="history-version__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => setOpened(version)}
              >
                Open
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setComparison({ from: version.id, to: current })}
              >
                Compare with now
              </button>
              {canManage && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={isReadOnly}
                  title={
                    isReadOnly ? 'Reopen the minutes as a draft to restore a version.' : undefined
                  }
                  onClick={() => setRestoring(version)}
                >
                  Restore…
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {canManage && <AuditTrailView docId={docId} />}
      {opened && <VersionViewer docId={docId} version={opened} onClose={() => setOpened(null)} />}
      {restoring && (
        <ConfirmDialog
          title={`Restore “${labelOf(restoring)}”?`}
          confirmLabel="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={() => void handleRestore(restoring)}
        >
          <p>
            The minutes will read as they did then, for everyone editing now. Nothing is lost: the
            current text stays in the history, and the restore is itself a version.
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function NameVersionForm({ docId, onNamed }: { docId: string; onNamed: (name: string) => void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const [isSaving, setIsSaving] = useState(false)
  const id = useId()
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setError('Give the version a name.')
      return
    }
    setIsSaving(true)
    try {
      await historyApi.name(docId, trimmed)
      setName('')
      setError('')
      onNamed(trimmed)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setIsSaving(false)
    }
  }
  return (
    <form className="history__name" onSubmit={(event) => void handleSubmit(event)}>
      <label htmlFor={`${id}-name`}>Name this version</label>
      <div className="history__name-row">
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          placeholder="e.g. Sent to the chair"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Name'}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function CompareForm({
  versions,
  onCompare,
}: {
  versions: VersionView[]
  onCompare: (from: string, to: string) => void
}) {
  const [from, setFrom] = useState(versions[1]?.id ?? versions[0]?.id ?? '')
  const [to, setTo] = useState(current)
  const id = useId()
  return (
    <form
      className="history__compare"
      aria-label="Compare two versions"
      onSubmit={(event) => {
        event.preventDefault()
        onCompare(from, to)
      }}
    >
      <label htmlFor={`${id}-from`}>From</label>
      <select id={`${id}-from`} value={from} onChange={(event) => setFrom(event.target.value)}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {labelOf(version)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`}>To</label>
      <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
        <option value={current}>Now</option>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {labelOf(version)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        Compare
      </button>
    </form>
  )
}

function Comparison({
  docId,
  from,
  to,
  versions,
  onClose,
}: {
  docId: string
  from: string
  to: string
  versions: VersionView[]
  onClose: () => void
}) {
  const [changes, setChanges] = useState<Loaded<VersionChanges['changes']>>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setChanges({ state: 'loading' })
    historyApi.compare(docId, from, to, controller.signal).then(
      ({ changes: list }) => setChanges({ state: 'ready', value: list }),
      (error: unknown) => {
        if (!isAbortError(error)) setChanges({ state: 'error', message: errorMessage(error) })
      },
    )
    return () => controller.abort()
  }, [docId, from, to])
  const nameOf = (id: string) => {
    if (id === current) return 'now'
    const version = versions.find((candidate) => candidate.id === id)
    return version ? `“${labelOf(version)}”` : 'a version'
  }
  return (
    <section className="history-comparison" aria-label="Changes">
      <header className="history-comparison__header">
        <h3>
          From {nameOf(from)} to {nameOf(to)}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      {changes.state === 'loading' && <p className="quiet">Comparing…</p>}
      {changes.state === 'error' && (
        <p className="notice" role="alert">
          Could not compare. {changes.message}
        </p>
      )}
      {changes.state === 'ready' && <ChangeList changes={changes.value} />}
    </section>
  )
}

/** A version's name, or its time for an automatic checkpoint. */
export function labelOf(version: Pick<VersionView, 'name' | 'createdAt'>): string {
  return version.name ?? `Checkpoint, ${formatMoment(version.createdAt)}`
}

function namesOf(people: HistoryPerson[]): string {
  return people.map(({ name }) => name).join(', ')
}

export function formatMoment(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
