import {
  type DocumentAccess,
  isReopening,
  type ReopenStatus,
  type WorkflowStatus,
} from '@minutes/permissions'
import type { DocumentSummary } from '@minutes/protocol'
import { useRef, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { ConfirmDialog } from '../shared/dialog/ConfirmDialog'
import { useMenuButton } from '../shared/useMenuButton'
import { nextStep, reopenLabels, reopenStep, reopenTargetsOf, type Step } from './workflowSteps'

const doneMessages: Record<WorkflowStatus, string> = {
  draft: 'The minutes are a draft again.',
  circulated: 'The minutes are circulated for corrections.',
  approved: 'The minutes are approved.',
  published: 'The minutes are published.',
}

interface WorkflowControlProps {
  docId: string
  status: WorkflowStatus
  access: DocumentAccess
  /** The server moved the minutes; its mirror in the document follows within moments. */
  onChanged: (document: DocumentSummary) => void
}

/** The secretariat's way through the workflow: the next step as a button, and "Reopen". */
export function WorkflowControl({ docId, status, access, onChanged }: WorkflowControlProps) {
  const [pending, setPending] = useState<WorkflowStatus | null>(null)
  const [confirming, setConfirming] = useState<Step | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState('')
  const nextRef = useRef<HTMLButtonElement>(null)
  const next = nextStep(status)
  const reopenTargets = reopenTargetsOf(access, status)

  const move = async (to: WorkflowStatus) => {
    if (pending) return
    const isBack = isReopening(status, to)
    setConfirming(null)
    setPending(to)
    setError(null)
    try {
      const summary = await documentsApi.setStatus(docId, to)
      onChanged(summary)
      setDone(doneMessages[summary.status])
    } catch (caught) {
      setError(`The status was not changed. ${errorMessage(caught)}`)
    } finally {
      setPending(null)
    }
    // "Reopen" may be gone now (from a draft there is nothing to reopen); keep focus close by.
    if (isBack) nextRef.current?.focus()
  }

  const handleReopen = (to: ReopenStatus) => {
    const step = reopenStep(status, to)
    if (step.confirm) setConfirming(step)
    else void move(to)
  }

  return (
    <div className="workflow">
      {next && (
        <button
          ref={nextRef}
          type="button"
          className="button button--primary button--small"
          // Not `disabled`: a disabled button drops the keyboard focus while the server answers.
          aria-disabled={pending !== null}
          aria-haspopup={next.confirm ? 'dialog' : undefined}
          onClick={() => {
            if (pending) return
            if (next.confirm) setConfirming(next)
            else void move(next.to)
          }}
        >
          {pending === next.to ? `${next.label}…` : next.label}
        </button>
      )}
      {reopenTargets.length > 0 && (
        <ReopenMenu targets={reopenTargets} isBusy={pending !== null} onChoose={handleReopen} />
      )}
      {error && (
        <p className="workflow__error" role="alert">
          {error}
        </p>
      )}
      <span className="visually-hidden" role="status">
        {done}
      </span>
      {confirming?.confirm && (
        <ConfirmDialog
          title={confirming.confirm.title}
          confirmLabel={confirming.label}
          onConfirm={() => void move(confirming.to)}
          onCancel={() => setConfirming(null)}
        >
          <p>{confirming.confirm.body}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

interface ReopenMenuProps {
  targets: readonly ReopenStatus[]
  isBusy: boolean
  onChoose: (to: ReopenStatus) => void
}

/** A menu button (ARIA pattern): arrows move, Escape closes, focus comes back to the button. */
function ReopenMenu({ targets, isBusy, onChoose }: ReopenMenuProps) {
  const menu = useMenuButton({ isDisabled: isBusy })
  const choose = (to: ReopenStatus) => {
    menu.dismiss()
    onChoose(to)
  }

  return (
    <div className="reopen-menu">
      <button
        ref={menu.buttonRef}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={menu.isOpen}
        aria-controls={menu.isOpen ? `${menu.id}-menu` : undefined}
        aria-disabled={isBusy}
        onClick={menu.toggle}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !isBusy) {
            event.preventDefault()
            menu.open()
          }
        }}
      >
        Reopen <span aria-hidden="true">▾</span>
      </button>
      {menu.isOpen && (
        <div
          ref={menu.menuRef}
          id={`${menu.id}-menu`}
          className="reopen-menu__list"
          role="menu"
          aria-label="Reopen"
          onKeyDown={menu.handleMenuKeyDown}
        >
          {targets.map((to) => (
            <div
              key={to}
              role="menuitem"
              tabIndex={-1}
              className="reopen-menu__item"
              onClick={() => choose(to)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  choose(to)
                }
              }}
            >
              {reopenLabels[to]}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
