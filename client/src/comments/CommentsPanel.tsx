import { roleLabels } from '@minutes/permissions'
import type { ThreadWithComments } from '@minutes/schema'
import { type CommentAuthor, maxCommentBodyLength, type ThreadComment } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useEditorState } from '@tiptap/react'
import { type FormEvent, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import { usePeopleMap } from '../collaboration/PeopleContext'
import { usePeople } from '../collaboration/usePeople'
import { PersonPicker } from '../editor/people/PersonPicker'
import { useMediaQuery } from '../shared/useMediaQuery'
import { type ThreadRange, threadRanges } from './CommentAnchors'
import type { CommentsController } from './CommentsController'
import { type MarginCard, useAlignedCards } from './useAlignedCards'
import {
  type CommentText,
  deleteComment,
  editComment,
  reply,
  setResolved,
  startThread,
} from './writeComments'
import './comments.css'

interface CommentsPanelProps {
  editor: Editor
  controller: CommentsController
  author: CommentAuthor
  /** Whether this person may comment now (everyone may, until the minutes are published). */
  canComment: boolean
}

type Filter = 'open' | 'resolved'

/** Where the sidebar stands beside the page (editorLayout.css): there cards sit by their text. */
const besideThePage = '(min-width: 72rem)'
const draftKey = 'draft'

/**
 * The comment threads in document order (detached ones last), open or resolved. Each thread
 * takes the reader to its text; clicking highlighted text brings its thread here. Beside the
 * page, each card (and a new comment's form) sits level with its text, the active one exactly.
 */
export function CommentsPanel({ editor, controller, author, canComment }: CommentsPanelProps) {
  const { threads, draft, activeId } = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
  )
  const isDrafting = draft !== null && canComment
  const { ranges, selectionFrom } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      ranges: threadRanges(current.state),
      // A new comment's form goes beside the text it is on: the selection while it is written.
      selectionFrom: isDrafting ? current.state.selection.from : null,
    }),
  })
  const [filter, setFilter] = useState<Filter>('open')
  const ordered = inDocumentOrder(threads, ranges)
  const shown = ordered.filter(({ thread }) => (filter === 'open') === (thread.resolved === null))
  const openCount = threads.filter(({ thread }) => !thread.resolved).length
  const isAligned = useMediaQuery(besideThePage)
  const trackRef = useRef<HTMLDivElement>(null)
  const cards: MarginCard[] = shown.map(({ thread }) => ({
    key: thread.id,
    position: ranges.get(thread.id)?.from ?? null,
  }))
  if (selectionFrom !== null) {
    const before = cards.findIndex(({ position }) => position === null || position > selectionFrom)
    cards.splice(before === -1 ? cards.length : before, 0, {
      key: draftKey,
      position: selectionFrom,
    })
  }
  useAlignedCards(editor, trackRef, cards, isDrafting ? draftKey : activeId, isAligned)

  return (
    <div className="comments">
      <fieldset className="comments__filters">
        <legend className="visually-hidden">Show threads</legend>
        {(['open', 'resolved'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="button button--small"
            aria-pressed={filter === value}
            onClick={() => setFilter(value)}
          >
            {value === 'open' ? `Open (${openCount})` : `Resolved (${threads.length - openCount})`}
          </button>
        ))}
      </fieldset>
      {shown.length === 0 && (
        <p className="quiet comments__empty">
          {filter === 'open'
            ? canComment
              ? 'No open comments. Select text and choose Comment (Ctrl+Alt+M).'
              : 'No open comments.'
            : 'No resolved comments.'}
        </p>
      )}
      <div className="comments__track" ref={trackRef} data-aligned={isAligned || undefined}>
        {draft && isDrafting && (
          <div data-card={draftKey}>
            <CommentForm
              label="New comment"
              quote={draft.quote}
              submitLabel="Comment"
              onCancel={() => controller.cancelDraft()}
              onSubmit={(text) => {
                const id = startThread(controller.map, draft, text, author)
                controller.cancelDraft()
                setFilter('open')
                controller.activate(id)
              }}
            />
          </div>
        )}
        <ol className="comments__list">
          {shown.map((entry) => (
            <li key={entry.thread.id} data-card={entry.thread.id}>
              <ThreadCard
                entry={entry}
                range={ranges.get(entry.thread.id) ?? null}
                isActive={entry.thread.id === activeId}
                isAligned={isAligned}
                author={author}
                canComment={canComment}
                controller={controller}
                editor={editor}
              />
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}

interface ThreadCardProps {
  entry: ThreadWithComments
  range: ThreadRange
  isActive: boolean
  /** Beside the page the card is level with its text already: the text is what scrolls. */
  isAligned: boolean
  author: CommentAuthor
  canComment: boolean
  controller: CommentsController
  editor: Editor
}

function ThreadCard({
  entry: { thread, comments },
  range,
  isActive,
  isAligned,
  author,
  canComment,
  controller,
  editor,
}: ThreadCardProps) {
  const [isReplying, setIsReplying] = useState(false)
  const cardRef = useRef<HTMLElement>(null)
  // Clicking its text brings the thread into view in the sidebar.
  useEffect(() => {
    if (isActive && !isAligned) cardRef.current?.scrollIntoView({ block: 'nearest' })
  }, [isActive, isAligned])
  const handleFocusText = () => {
    controller.activate(thread.id)
    if (!range || editor.isDestroyed) return
    const { state, view } = editor
    view.dispatch(
      state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView(),
    )
    view.focus()
  }
  return (
    <article
      ref={cardRef}
      className="comment-thread"
      data-active={isActive || undefined}
      data-resolved={thread.resolved ? 'true' : undefined}
      aria-label={`Comments on “${thread.quote}”`}
    >
      <button type="button" className="comment-thread__quote" onClick={handleFocusText}>
        {range === null && <span className="comment-thread__detached">Detached · </span>}
        <q>{thread.quote}</q>
      </button>
      {range === null && (
        <p className="quiet comment-thread__note">The text this thread was on has been deleted.</p>
      )}
      <ol className="comment-thread__comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <CommentView
              comment={comment}
              isOwn={comment.author.id === author.id && canComment}
              controller={controller}
            />
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="quiet comment-thread__note">
          Resolved by {thread.resolved.by.name}, {formatMoment(thread.resolved.at)}
        </p>
      )}
      {canComment && (
        <div className="comment-thread__actions">
          {isReplying ? (
            <CommentForm
              label="Reply"
              submitLabel="Reply"
              onCancel={() => setIsReplying(false)}
              onSubmit={(text) => {
                reply(controller.map, thread.id, text, author)
                setIsReplying(false)
              }}
            />
          ) : (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => setIsReplying(true)}
              >
                Reply
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setResolved(controller.map, thread, thread.resolved ? null : author)}
              >
                {thread.resolved ? 'Reopen' : 'Resolve'}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  )
}

function CommentView({
  comment,
  isOwn,
  controller,
}: {
  comment: ThreadComment
  isOwn: boolean
  controller: CommentsController
}) {
  const [isEditing, setIsEditing] = useState(false)
  if (isEditing) {
    return (
      <CommentForm
        label="Edit comment"
        initial={comment}
        submitLabel="Save"
        onCancel={() => setIsEditing(false)}
        onSubmit={(text) => {
          editComment(controller.map, comment, text)
          setIsEditing(false)
        }}
      />
    )
  }
  return (
    <div className="comment">
      <p className="comment__meta">
        <strong>{comment.author.name}</strong>{' '}
        <span className="quiet">
          {roleLabels[comment.author.role]} · {formatMoment(comment.createdAt)}
          {comment.editedAt !== null && !comment.deleted && ' (edited)'}
        </span>
      </p>
      {comment.deleted ? (
        <p className="quiet comment__body">Comment deleted.</p>
      ) : (
        <p className="comment__body">{comment.body}</p>
      )}
      {!comment.deleted && comment.mentions.length > 0 && <Mentions ids={comment.mentions} />}
      {isOwn && !comment.deleted && (
        <p className="comment__own">
          <button type="button" className="link-button" onClick={() => setIsEditing(true)}>
            Edit
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => deleteComment(controller.map, comment)}
          >
            Delete
          </button>
        </p>
      )}
    </div>
  )
}

/** The people a comment mentions, by their names in the register. */
function Mentions({ ids }: { ids: readonly string[] }) {
  const people = usePeople(usePeopleMap())
  const names = ids.map(
    (id) => people.find((person) => person.id === id)?.name ?? 'someone removed',
  )
  return <p className="quiet comment__mentions">Mentions {names.join(', ')}</p>
}

interface CommentFormProps {
  label: string
  submitLabel: string
  quote?: string
  initial?: { body: string; mentions: readonly string[] }
  onSubmit: (text: Required<CommentText>) => void
  onCancel: () => void
}

/**
 * A comment being written. `@` (or Mention) opens the people picker: the chosen person's name
 * goes into the words and their id into the mentions, kept only while "@name" stays written.
 */
function CommentForm({ label, submitLabel, quote, initial, onSubmit, onCancel }: CommentFormProps) {
  const [body, setBody] = useState(initial?.body ?? '')
  const people = usePeople(usePeopleMap())
  const [mentioned, setMentioned] = useState<readonly string[]>(initial?.mentions ?? [])
  const [isPicking, setIsPicking] = useState(false)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const id = useId()
  const nameOf = (personId: string) => people.find((person) => person.id === personId)?.name
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (text === '') return
    const mentions = mentioned.filter((personId) => {
      const name = nameOf(personId)
      return name !== undefined && text.includes(`@${name}`)
    })
    onSubmit({ body: text, mentions: [...new Set(mentions)] })
  }
  const handleChoose = (personId: string) => {
    const field = fieldRef.current
    const name = nameOf(personId)
    setIsPicking(false)
    if (!field || name === undefined) return
    const caret = field.selectionStart
    const typedAt = body[caret - 1] === '@'
    const before = body.slice(0, typedAt ? caret - 1 : caret)
    const inserted = `@${name} `
    setBody(`${before}${inserted}${body.slice(caret)}`)
    setMentioned((ids) => [...ids, personId])
    requestAnimationFrame(() => {
      field.focus()
      field.setSelectionRange(before.length + inserted.length, before.length + inserted.length)
    })
  }
  return (
    <form className="comment-form" onSubmit={handleSubmit}>
      {quote !== undefined && (
        <p className="comment-thread__quote">
          <q>{quote}</q>
        </p>
      )}
      <label htmlFor={id} className="comment-form__label">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        maxLength={maxCommentBodyLength}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person asked to write; the field is where they go next.
        autoFocus
        ref={fieldRef}
        onChange={(event) => {
          const { value, selectionStart } = event.target
          setBody(value)
          const isAt = value[selectionStart - 1] === '@' && value.length > body.length
          if (isAt && /(^|\s)$/.test(value.slice(0, selectionStart - 1))) setIsPicking(true)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) handleSubmit(event)
        }}
      />
      <div className="comment-form__buttons">
        <button
          type="submit"
          className="button button--small button--primary"
          disabled={body.trim() === ''}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--small" onClick={() => setIsPicking(true)}>
          Mention…
        </button>
      </div>
      {isPicking && (
        <PersonPicker
          anchor={fieldRef.current}
          label="Mention someone"
          onChoose={(choice) => {
            if (choice.kind === 'existing') handleChoose(choice.id)
            else setIsPicking(false)
          }}
          onClose={() => {
            setIsPicking(false)
            fieldRef.current?.focus()
          }}
        />
      )}
    </form>
  )
}

/** Threads in the order of their text; detached ones after, oldest first. */
export function inDocumentOrder(
  threads: readonly ThreadWithComments[],
  ranges: ReadonlyMap<string, ThreadRange>,
): ThreadWithComments[] {
  const position = (entry: ThreadWithComments) =>
    ranges.get(entry.thread.id)?.from ?? Number.POSITIVE_INFINITY
  return [...threads].sort(
    (one, other) =>
      position(one) - position(other) || one.thread.createdAt - other.thread.createdAt,
  )
}

function formatMoment(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
