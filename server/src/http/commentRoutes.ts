import type { DocumentAccess } from '@minutes/permissions'
import { CommentText, type CommentThreads, type CreatedThread, NewThread } from '@minutes/protocol'
import { type Context, Hono } from 'hono'
import { commenterIdOf } from '../auth/commenterIdOf'
import type { Principal } from '../auth/Principal'
import type { CommentsOnMinutes } from '../minutes/CommentsOnMinutes'
import type { CommentWriter } from '../minutes/writeCommentsAs'
import { jsonBody } from './jsonBody'

type CommentVariables = { Variables: { access: DocumentAccess; principal: Principal } }

/**
 * `/api/docs/:id/comments`: list threads, start one on a quote, reply, resolve, reopen, edit or
 * delete one's own comment. Mounted behind requireAccess (any role); each write is judged by the
 * websocket path's rules and reaches connected clients live.
 */
export function commentRoutes(comments: CommentsOnMinutes): Hono<CommentVariables> {
  const routes = new Hono<CommentVariables>()
  const documentIdOf = (c: Context<CommentVariables>) => c.req.param('id') ?? ''

  routes.get('/', async (c) =>
    c.json((await comments.list(documentIdOf(c))) satisfies CommentThreads),
  )

  routes.post('/', jsonBody(NewThread), async (c) => {
    const id = await comments.startThread(documentIdOf(c), writerOf(c), c.req.valid('json'))
    return c.json({ id } satisfies CreatedThread, 201)
  })

  routes.post('/:threadId/replies', jsonBody(CommentText), async (c) => {
    const { body } = c.req.valid('json')
    await comments.reply(documentIdOf(c), writerOf(c), c.req.param('threadId'), body)
    return c.body(null, 204)
  })

  for (const [path, isResolved] of [
    ['/:threadId/resolve', true],
    ['/:threadId/reopen', false],
  ] as const) {
    routes.post(path, async (c) => {
      await comments.setResolved(documentIdOf(c), writerOf(c), c.req.param('threadId'), isResolved)
      return c.body(null, 204)
    })
  }

  routes.patch('/:threadId/:commentId', jsonBody(CommentText), async (c) => {
    const { body } = c.req.valid('json')
    await comments.edit(documentIdOf(c), writerOf(c), idsOf(c), body)
    return c.body(null, 204)
  })

  routes.delete('/:threadId/:commentId', async (c) => {
    await comments.delete(documentIdOf(c), writerOf(c), idsOf(c))
    return c.body(null, 204)
  })

  return routes
}

function writerOf(c: Context<CommentVariables>): CommentWriter {
  const principal = c.get('principal')
  const access = c.get('access')
  return {
    access,
    principalId: principal.id,
    author: {
      id: commenterIdOf(principal.id, c.req.param('id') ?? ''),
      name: principal.name,
      role: access.role,
    },
  }
}

function idsOf(c: Context<CommentVariables>) {
  return { threadId: c.req.param('threadId') ?? '', commentId: c.req.param('commentId') ?? '' }
}
