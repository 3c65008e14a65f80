import { roleLabels } from '@minutes/permissions'
import type { ThreadWithComments } from '@minutes/schema'
import { type CommentAuthor, maxCommentBodyLength, type ThreadComment } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useEditorState } from '@tiptap/react'
import { type FormEvent, useId, useState, useSyncExternalStore } from 'react'
import { type ThreadRange, threadRanges } from './CommentAnchors'
import type { CommentsController } from './CommentsController'
import { deleteComment, editComment, reply, setResolved, startThread } from './writeComments'
import './comments.css'

interface CommentsPanelProps {
  editor: Editor
  controller: CommentsController
  author: CommentAuthor
  /** Whether this person may comment now (everyone may, until the minutes are published). */
  canComment: boolean
}

type Filter = 'open' | 'resolved'

/**
 * The comment threads in document order (detached ones last), open or resolved. Each thread
 * takes the reader to its text; clicking highlighted text brings its thread here.
 */
export function CommentsPanel({ editor, controller, author, canComment }: CommentsPanelProps) {
  const { threads, draft, activeId } = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
  )
  const ranges = useEditorState({
    editor,
    selector: ({ editor: current }) => threadRanges(current.state),
  })
  const [filter, setFilter] = useState<Filter>('open')
  const ordered = inDocumentOrder(threads, ranges)
  const shown = ordered.filter(({ thread }) => (filter === 'open') === (thread.resolved === null))
  const openCount = threads.filter(({ thread }) => !thread.resolved).length

  return (
    <div className="comments">
      {draft && canComment && (
        <CommentForm
          label="New comment"
          quote={draft.quote}
          submitLabel="Comment"
          onCancel={() => controller.cancelDraft()}
          onSubmit={(body) => {
            const id = startThread(controller.map, draft, body, author)
            controller.cancelDraft()
            setFilter('open')
            controller.activate(id)
          }}
        />
      )}
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
      <ol className="comments__list">
        {shown.map((entry) => (
          <li key={entry.thread.id}>
            <ThreadCard
              entry={entry}
              range={ranges.get(entry.thread.id) ?? null}
              isActive={entry.thread.id === activeId}
              author={author}
              canComment={canComment}
              controller={controller}
              editor={editor}
            />
          </li>
        ))}
      </ol>
    </div>
  )
}

interface ThreadCardProps {
  entry: ThreadWithComments
  range: ThreadRange
  isActive: boolean
  author: CommentAuthor
  canComment: boolean
  controller: CommentsController
  editor: Editor
}

function ThreadCard({
  entry: { thread, comments },
  range,
  isActive,
  author,
  canComment,
  controller,
  editor,
}: ThreadCardProps) {
  const [isReplying, setIsReplying] = useState(false)
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
              onSubmit={(body) => {
                reply(controller.map, thread.id, body, author)
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
        initialBody={comment.body}
        submitLabel="Save"
        onCancel={() => setIsEditing(false)}
        onSubmit={(body) => {
          editComment(controller.map, comment, body)
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

interface CommentFormProps {
  label: string
  submitLabel: string
  quote?: string
  initialBody?: string
  onSubmit: (body: string) => void
  onCancel: () => void
}

function CommentForm({
  label,
  submitLabel,
  quote,
  initialBody = '',
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const [body, setBody] = useState(initialBody)
  const id = useId()
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (body.trim() !== '') onSubmit(body.trim())
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
        onChange={(event) => setBody(event.target.value)}
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
      </div>
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
