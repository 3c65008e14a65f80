import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

/**
 * Long minutes open with their text at once and draw the React part of each block (the speaker's
 * name, chips) when it comes near the screen or the page is idle. Nothing may stay missing: every
 * block is whole soon after opening, and the last block is whole as soon as one goes there.
 */
const firstNames = ['Ada', 'Bea', 'Cyril', 'Dora', 'Evan', 'Faye', 'Gus', 'Hana', 'Ivor', 'Jude']
const lastNames = ['Lovell', 'Marsh', 'Okafor', 'Pryce', 'Quinn', 'Rowe', 'Sato', 'Thorne']
const speakers = firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`))

const longMinutes = [
  'There was a meeting of the Household Study Group.',
  'Members in attendance: Ruth Adebayo MP, Cara Whitlock MP',
  `Speakers: ${speakers.map((name) => `${name} (Northfield University)`).join(', ')}`,
  ...speakers.map((name, index) => `${name}: set out finding ${index + 1} of the household study.`),
].join('\n\n')

test.slow()

test('every speaker of long minutes is named soon after opening, and the last at once on Ctrl+End', async ({
  baseURL,
  person,
}) => {
  const documentId = await importMinutes(baseURL!, longMinutes, 'Long minutes, whole')
  const clerk = await person('Daniel Frost')
  await clerk.open(documentId)
  await clerk.expectReady()
  const sections = clerk.editor.locator('[data-type="speaker-section"]')
  // The text of every section is there from the start, drawn or not.
  await expect(clerk.editor.getByText(`finding ${speakers.length} of`)).toHaveCount(1)

  await clerk.clickWhenDrawn(clerk.editor.getByText('set out finding 1 of'))
  await clerk.page.keyboard.press('Control+End')
  const last = sections.last()
  await expect(last).toBeInViewport()
  await expect(last.getByRole('button', { name: /Thorne/ })).toBeVisible()

  // Idle time draws the rest: every section gets its header with the speaker's name.
  await expect(sections).toHaveCount(speakers.length, { timeout: 20_000 })
  await expect(sections.nth(40).getByRole('button', { name: speakers[40] })).toHaveCount(1)
})
