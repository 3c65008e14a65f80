import { type Role, roleLabels } from '@minutes/permissions'
import {
  type CreatedInvitation,
  defaultInvitationDays,
  type Invitation,
  maxInvitationDays,
} from '@minutes/protocol'
import { describePerson, type Person } from '@minutes/schema'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { ConfirmDialog } from '../shared/dialog/ConfirmDialog'
import { useModalDialog } from '../shared/dialog/useModalDialog'
import { useInvitations } from './useInvitations'
import './share.css'

const roleHints: Record<Role, string> = {
  speaker: 'Corrects their own sections while the minutes are circulated for corrections.',
  reviewer: 'Reads and comments on the minutes.',
  secretariat: 'Changes everything and moves the minutes through their workflow.',
}

const statusLabels: Record<Invitation['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const formatDate = (iso: string) => dateFormat.format(new Date(iso))

/** "Share" in the top bar, and the dialog it opens. */
export function ShareButton({ docId, people }: { docId: string; people: readonly Person[] }) {
  const [isOpen, setIsOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setIsOpen(true)}
      >
        Share
      </button>
      {isOpen && <ShareDialog docId={docId} people={people} onClose={() => setIsOpen(false)} />}
    </>
  )
}

interface ShareDialogProps {
  docId: string
  people: readonly Person[]
  onClose: () => void
}

/**
 * Invitation links to these minutes: make one for a role (a speaker: for a person), list, revoke.
 * Modal; Escape or Close ends it and the focus goes back to where it was.
 */
export function ShareDialog({ docId, people, onClose }: ShareDialogProps) {
  const dialog = useModalDialog({ onCancel: onClose })
  const { state, reload } = useInvitations(docId)
  const [created, setCreated] = useState<CreatedInvitation | null>(null)
  const [revokedMessage, setRevokedMessage] = useState('')
  const listHeadingRef = useRef<HTMLHeadingElement>(null)
  const id = useId()

  const nameOf = (invitation: Invitation): string => {
    const person = people.find(({ id }) => id === invitation.speakerId)
    return invitation.name ?? person?.name ?? `Any ${roleLabels[invitation.role].toLowerCase()}`
  }

  return (
    <dialog {...dialog} className="modal-dialog share-dialog" aria-labelledby={`${id}-title`}>
      <div className="share-dialog__header">
        <h2 id={`${id}-title`}>Share these minutes</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="share-dialog__intro">
        An invitation is a link that signs its holder in to these minutes only, in one role, until
        it expires or you revoke it.
      </p>

      <InvitationForm
        docId={docId}
        people={people}
        onCreated={(invitation) => {
          setCreated(invitation)
          reload()
        }}
      />
      {created && <CreatedLink invitation={created} who={nameOf(created)} />}

      <section className="share-dialog__list" aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`} ref={listHeadingRef} tabIndex={-1}>
          Invitations
        </h3>
        <p className="share-dialog__done" role="status">
          {revokedMessage}
        </p>
        {state.status === 'loading' && <p className="quiet">Loading invitations…</p>}
        {state.status === 'error' && (
          <div className="notice notice--error" role="alert">
            <p>Could not load the invitations. {state.message}</p>
            <button type="button" className="button button--small" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.invitations.length === 0 && (
          <p className="quiet">Nobody has been invited yet.</p>
        )}
        {state.status === 'ready' && state.invitations.length > 0 && (
          <InvitationTable
            docId={docId}
            invitations={state.invitations}
            people={people}
            nameOf={nameOf}
            onRevoked={(invitation) => {
              setRevokedMessage(`The invitation for ${nameOf(invitation)} was revoked.`)
              reload()
              // Its Revoke button is gone: keep the focus in the dialog, at the list.
              listHeadingRef.current?.focus()
            }}
          />
        )}
      </section>
    </dialog>
  )
}

interface InvitationFormProps {
  docId: string
  people: readonly Person[]
  onCreated: (invitation: CreatedInvitation) => void
}

function InvitationForm({ docId, people, onCreated }: InvitationFormProps) {
  const [role, setRole] = useState<Role>('speaker')
  const [speakerId, setSpeakerId] = useState('')
  const [days, setDays] = useState(String(defaultInvitationDays))
  const [name, setName] = useState('')
  const [error, setError] = useState<{ message: string; field: string } | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const id = useId()
  const field = (key: string) => `${id}-${key}`
  const errorFor = (key: string) => (error?.field === key ? `${id}-error` : undefined)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const expiresInDays = Number(days)
    const problem =
      role === 'speaker' && !speakerId
        ? { field: 'person', message: 'Choose the person this speaker invitation is for.' }
        : !Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > maxInvitationDays
          ? { field: 'days', message: `The link can last from 1 to ${maxInvitationDays} days.` }
          : null
    if (problem) {
      setError(problem)
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(field(problem.field))}`)?.focus()
      return
    }
    const person = people.find((candidate) => candidate.id === speakerId)
    const shownName = name.trim() || (role === 'speaker' ? person?.name : undefined)
    setIsSaving(true)
    setError(null)
    try {
      const invitation = await documentsApi.createInvitation(docId, {
        role,
        ...(role === 'speaker' && { speakerId }),
        expiresInDays,
        ...(shownName && { name: shownName }),
      })
      setName('')
      onCreated(invitation)
    } catch (caught) {
      setError({ field: 'form', message: `No link was made. ${errorMessage(caught)}` })
    } finally {
      setIsSaving(false)
    }
  }

  return (
    <form
      ref={formRef}
      className="invitation-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={handleSubmit}
      noValidate
    >
      <h3 id={`${id}-heading`}>New invitation link</h3>
      <div className="form-field">
        <label htmlFor={field('role')}>Role</label>
        <select
          id={field('role')}
          value={role}
          aria-describedby={field('role-hint')}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {(['speaker', 'reviewer', 'secretariat'] as const).map((value) => (
            <option key={value} value={value}>
              {roleLabels[value]}
            </option>
          ))}
        </select>
        <p id={field('role-hint')} className="invitation-form__hint">
          {roleHints[role]}
        </p>
      </div>
      {role === 'speaker' && (
        <div className="form-field">
          <label htmlFor={field('person')}>Person</label>
          <select
            id={field('person')}
            value={speakerId}
            aria-invalid={error?.field === 'person'}
            aria-describedby={errorFor('person')}
            onChange={(event) => setSpeakerId(event.target.value)}
          >
            <option value="">Choose a person…</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {describePerson(person)}
              </option>
            ))}
          </select>
          {people.length === 0 && (
            <p className="invitation-form__hint">
              Nobody is named in these minutes yet: add the speakers to the minutes first.
            </p>
          )}
        </div>
      )}
      <div className="invitation-form__row">
        <div className="form-field">
          <label htmlFor={field('days')}>Expires after (days)</label>
          <input
            id={field('days')}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxInvitationDays}
            value={days}
            aria-invalid={error?.field === 'days'}
            aria-describedby={errorFor('days')}
            onChange={(event) => setDays(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={field('name')}>Name (optional)</label>
          <input
            id={field('name')}
            type="text"
            autoComplete="off"
            value={name}
            aria-describedby={field('name-hint')}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      </div>
      <p id={field('name-hint')} className="invitation-form__hint">
        The name others see while this person is in the minutes.{' '}
        {role === 'speaker' ? 'Empty: the person’s name.' : 'Empty: the role.'}
      </p>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSaving}>
        {isSaving ? 'Creating the link…' : 'Create link'}
      </button>
    </form>
  )
}

/** The new link, shown this once: the server keeps only a hash of it. */
function CreatedLink({ invitation, who }: { invitation: CreatedInvitation; who: string }) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [copyState, setCopyState] = useState('')
  const id = useId()

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [])

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url)
      setCopyState('Link copied.')
    } catch {
      inputRef.current?.select()
      setCopyState('Could not copy. The link is selected: copy it with Ctrl+C (⌘C on a Mac).')
    }
  }

  return (
    <section className="created-link" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        Link for {who} ({roleLabels[invitation.role].toLowerCase()})
      </h3>
      <p className="invitation-form__hint" id={`${id}-hint`}>
        Send it to them yourself. It is shown only now, and works until{' '}
        {formatDate(invitation.expiresAt)} unless you revoke it.
      </p>
      <div className="created-link__row">
        <label htmlFor={`${id}-url`} className="visually-hidden">
          Invitation link
        </label>
        <input
          ref={inputRef}
          id={`${id}-url`}
          type="text"
          readOnly
          value={invitation.url}
          aria-describedby={`${id}-hint`}
        />
        <button type="button" className="button" onClick={handleCopy}>
          Copy link
        </button>
      </div>
      <p className="created-link__status" role="status">
        {copyState}
      </p>
    </section>
  )
}

interface InvitationTableProps {
  docId: string
  invitations: readonly Invitation[]
  people: readonly Person[]
  nameOf: (invitation: Invitation) => string
  onRevoked: (invitation: Invitation) => void
}

function InvitationTable({ docId, invitations, people, nameOf, onRevoked }: InvitationTableProps) {
  const [revoking, setRevoking] = useState<Invitation | null>(null)
  const [error, setError] = useState<string | null>(null)

  const revoke = async (invitation: Invitation) => {
    setRevoking(null)
    setError(null)
    try {
      await documentsApi.revokeInvitation(docId, invitation.id)
      onRevoked(invitation)
    } catch (caught) {
      setError(`The invitation for ${nameOf(invitation)} was not revoked. ${errorMessage(caught)}`)
    }
  }

  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <table className="invitation-table">
        <thead>
          <tr>
            <th scope="col">For</th>
            <th scope="col">Role</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => {
            const person = people.find(({ id }) => id === invitation.speakerId)
            return (
              <tr key={invitation.id} data-status={invitation.status}>
                <td>
                  {nameOf(invitation)}
                  {person && describePerson(person) !== nameOf(invitation) && (
                    <span className="invitation-table__person">{describePerson(person)}</span>
                  )}
                </td>
                <td>{roleLabels[invitation.role]}</td>
                <td>
                  <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt)}</time>
                </td>
                <td>{statusLabels[invitation.status]}</td>
                <td>
                  {invitation.status === 'active' && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Revoke the invitation for ${nameOf(invitation)}`}
                      onClick={() => setRevoking(invitation)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {revoking && (
        <ConfirmDialog
          title="Revoke this invitation?"
          confirmLabel="Revoke"
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>
            {nameOf(revoking)} ({roleLabels[revoking.role].toLowerCase()}) loses access at once, and
            the minutes close on their screen. A new link can be made at any time.
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}
