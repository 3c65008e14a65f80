import { describe, expect, it } from 'vitest'
import { importMinutes } from './importMinutes'
import { suggestTitle } from './suggestTitle'

describe('suggestTitle', () => {
  it("names minutes by the body's name and date, else by the file's name", () => {
    const headed = importMinutes(
      'ASHCOMBE PARISH COUNCIL\n\nMonday 3rd March 2025\n\nThe council met.',
    )
    expect(suggestTitle(headed, 'notes.txt')).toBe('ASHCOMBE PARISH COUNCIL — 2025-03-03')
    const plain = importMinutes('The council met.')
    expect(suggestTitle(plain, '/tmp/uploads/board-2025-03-03.docx')).toBe('board-2025-03-03')
    expect(suggestTitle(plain)).toBe('Imported minutes')
  })
})
