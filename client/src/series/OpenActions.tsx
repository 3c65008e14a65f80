import type { RegisterAction } from '@minutes/protocol'
import { formatDueDate } from '@minutes/schema'
import { useEffect, useId, useState } from 'react'
import { blockPath } from '../search/blockAddress'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { registerStatusLabels } from '../shared/labels/registerStatusLabels'
import { Link } from '../shared/navigation/Link'
import { editorPath } from '../shared/navigation/matchRoute'
import './series.css'

type OpenActionsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; actions: RegisterAction[] }

/**
 * The series' open actions, each where it was agreed and the meetings it was carried into: closing
 * one in the later minutes closes it here. `version` changes whenever the series is read again.
 */
export function OpenActions({ seriesId, version }: { seriesId: string; version: number }) {
  const [state, setState] = useState<OpenActionsState>({ status: 'loading' })
  const headingId = useId()

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController()
    documentsApi.getActions(seriesId, 'open', controller.signal).then(
      ({ actions }) => setState({ status: 'ready', actions }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: errorMessage(error) })
      },
    )
    return () => controller.abort()
  }, [seriesId, version])

  return (
    <section className="series-part" aria-labelledby={headingId}>
      <h2 id={headingId}>Open actions</h2>
      {state.status === 'loading' && (
        <p className="quiet" role="status">
          Loading the open actions…
        </p>
      )}
      {state.status === 'error' && (
        <p className="notice notice--error" role="alert">
          Could not load the open actions. {state.message}
        </p>
      )}
      {state.status === 'ready' && state.actions.length === 0 && (
        <p className="quiet">No action of this series is open.</p>
      )}
      {state.status === 'ready' && state.actions.length > 0 && (
        <table className="register-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Agreed at</th>
              <th scope="col">No.</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Carried to</th>
            </tr>
          </thead>
          <tbody>
            {state.actions.map((action) => (
              <tr key={`${action.documentId} ${action.blockId ?? action.number}`}>
                <td>{action.meetingTitle}</td>
                <td>{action.number}</td>
                <th scope="row">
                  <Link
                    href={
                      action.blockId
                        ? blockPath(action.documentId, action.blockId)
                        : editorPath(action.documentId)
                    }
                  >
                    {action.text || 'No text yet'}
                  </Link>
                </th>
                <td>{action.owner ?? ''}</td>
                <td>{action.dueDate ? formatDueDate(action.dueDate) : ''}</td>
                <td>
                  {action.status
                    ? registerStatusLabels[action.status as keyof typeof registerStatusLabels]
                    : ''}
                </td>
                <td>
                  {action.carriedTo.map((copy, index) => (
                    <span key={`${copy.documentId} ${copy.blockId ?? copy.number}`}>
                      {index > 0 && ', '}
                      <Link
                        href={
                          copy.blockId
                            ? blockPath(copy.documentId, copy.blockId)
                            : editorPath(copy.documentId)
                        }
                      >
                        {`${copy.meetingTitle} ${copy.number}`}
                      </Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
