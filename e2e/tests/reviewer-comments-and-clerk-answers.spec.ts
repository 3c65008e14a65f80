import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University)

Ada Lovell: explained that her team had followed 400 households for two years.
`

test('a reviewer comments on selected text, the clerk sees it live and replies, the reviewer resolves', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Comment threads')
  const clerk = await person('Daniel Frost', { role: 'secretariat' })
  await clerk.open(documentId)
  await clerk.expectReady()

  const reviewer = await person('Rita Shah', { role: 'reviewer' })
  await reviewer.open(documentId)
  const text = reviewer.page.locator('.ProseMirror')
  await expect(text).toContainText('400 households')
  await expect(reviewer.connection).toHaveAttribute('data-state', 'connected')

  // Read-only text still takes a selection, and the selection offers Comment.
  await text.getByText('400 households').dblclick({ position: { x: 5, y: 5 } })
  await reviewer.page.getByRole('button', { name: 'Comment' }).click()
  const newComment = reviewer.page.getByLabel('New comment')
  await newComment.fill('Were these households in one town or several?')
  await reviewer.page.getByRole('button', { name: 'Comment', exact: true }).last().click()

  // The clerk sees the thread live, on the same words, and answers it.
  await clerk.page.getByRole('tab', { name: 'Comments (1)' }).click()
  const clerkThread = clerk.page.getByRole('article', { name: /^Comments on/ })
  await expect(clerkThread).toContainText('Were these households in one town or several?')
  await expect(clerkThread).toContainText('Rita Shah')
  await expect(clerk.page.locator('.ProseMirror .comment-anchor')).toHaveCount(1)
  await clerkThread.getByRole('button', { name: 'Reply' }).click()
  // Typing @ offers the people of the minutes; the one chosen is named and mentioned.
  const answer = clerkThread.getByLabel('Reply')
  await answer.pressSequentially('Three towns; I will add them. Confirmed by @')
  await clerk.page.getByRole('combobox', { name: 'Search people' }).fill('Ada')
  await clerk.page.keyboard.press('Enter')
  await expect(answer).toHaveValue('Three towns; I will add them. Confirmed by @Ada Lovell ')
  await clerkThread.getByRole('button', { name: 'Reply' }).click()

  // The reviewer sees the reply and resolves the thread; for both it leaves the open list.
  const reviewerThread = reviewer.page.getByRole('article', { name: /^Comments on/ })
  await expect(reviewerThread).toContainText(
    'Three towns; I will add them. Confirmed by @Ada Lovell',
  )
  await expect(reviewerThread).toContainText('Daniel Frost')
  await expect(reviewerThread).toContainText('Mentions Ada Lovell')
  await reviewerThread.getByRole('button', { name: 'Resolve' }).click()
  await expect(clerk.page.getByRole('button', { name: 'Open (0)' })).toBeVisible()
  await expect(clerk.page.locator('.ProseMirror .comment-anchor')).toHaveCount(0)
  await clerk.page.getByRole('button', { name: 'Resolved (1)' }).click()
  await expect(clerkThread).toContainText('Resolved by Rita Shah')

  // Nothing the reviewer did touched the text.
  await expect(clerk.editor).toContainText('her team had followed 400 households for two years.')
  await expect(reviewer.refusalNotice).toHaveCount(0)
})
