import type { ImportResult } from './ImportResult'

/**
 * A title for imported minutes: the one their front matter gives, else the body's name and the meeting date where the minutes have
 * them ("ASHCOMBE PARISH COUNCIL — 2025-03-03"), else the file's name without its extension.
 */
export function suggestTitle(result: ImportResult, fileName?: string): string {
  const blocks = result.content.content ?? []
  const header = blocks.find((block) => block.type === 'meetingHeader')
  const bodyName = header?.content
    ?.find((child) => child.type === 'bodyName')
    ?.content?.map((text) => text.text ?? '')
    .join('')
    .trim()
  const date = blocks.find((block) => block.type === 'meetingDetails')?.attrs?.date as
    | string
    | null
    | undefined
  const fromMinutes = [bodyName, date].filter(Boolean).join(' — ')
  const fromFile = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '')
    .trim()
  return (result.title?.trim() || fromMinutes || fromFile || 'Imported minutes').slice(0, 200)
}
