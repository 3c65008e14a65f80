import { adminToken } from '../fixtures/adminToken'
import { importMinutes } from '../fixtures/importMinutes'
import { expect, test } from '../fixtures/test'

const minutes = `ALL-PARTY PARLIAMENTARY GROUP ON
COMMUNITY LIBRARIES

Chair: Ruth Adebayo MP

Clerk: Daniel Frost

Tuesday 14th October 2025
2:00-3:30pm, Committee Room 9, House of Commons

Members in attendance: Ruth Adebayo MP, Cara Whitlock MP

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: explained the study of 400 households.

Who is left offline

- Older people living alone.

Recommendations

- Libraries should lend devices and data.

Bo Marsh: stated the Trust supports 60 libraries <script>alert(1)</script>.
`

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!
  }
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (lighter! + 0.05) / (darker! + 0.05)
}

test('published minutes read well as a page: language, headings, alt text, a legible status', async ({
  baseURL,
  page,
}) => {
  const documentId = await importMinutes(baseURL!, minutes, 'Libraries APPG')
  for (const status of ['circulated', 'approved', 'published']) {
    const response = await fetch(new URL(`/api/docs/${documentId}/status`, baseURL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` },
      body: JSON.stringify({ status }),
    })
    expect(response.status).toBe(200)
  }

  // The public page anyone may open, rendered by a real browser.
  await page.goto(`/p/${documentId}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)

  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))))
  expect(levels[0]).toBe(1)
  for (const [index, level] of levels.entries()) {
    if (index > 0) expect(level - levels[index - 1]!).toBeLessThanOrEqual(1)
  }
  await expect(page.locator('img:not([alt])')).toHaveCount(0)

  const badge = page.locator('.badge')
  await expect(badge).toHaveText('Published')
  const colours = await badge.evaluate((element) => {
    const style = getComputedStyle(element)
    return { text: style.color, background: style.backgroundColor }
  })
  expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5)

  // What people typed is text, never markup.
  await expect(page.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible()
  await expect(page.getByText('Ada Lovell')).not.toHaveCount(0)
})
