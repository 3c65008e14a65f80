import { describe, expect, it } from 'vitest'
import { countRecognised } from './countRecognised'
import { checkedImport } from './testing/checkedImport'

describe('countRecognised', () => {
  it('counts people present apart from apologies and absences, and every part', () => {
    const { report } = checkedImport(
      [
        'Present: Ada Byron (AB), Tom Hale (TH), Una Price',
        'Apologies: Ray Cole',
        'Absent: Sam Reed',
        '',
        '1. Welcome',
        '',
        'AB: We start with the accounts.',
        '',
        '2. Accounts',
        '',
        'RESOLVED that the accounts be approved.',
        '',
        'ACTION: TH to file the accounts by 30 June 2025.',
      ].join('\n'),
    )
    expect(report.counts).toEqual({
      attendees: 3,
      apologies: 2,
      agendaItems: 2,
      speakerSections: 1,
      recommendations: 0,
      decisions: 1,
      actions: 1,
    })
  })

  it('counts nothing in minutes with no parts', () => {
    expect(countRecognised({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual({
      attendees: 0,
      apologies: 0,
      agendaItems: 0,
      speakerSections: 0,
      recommendations: 0,
      decisions: 0,
      actions: 0,
    })
  })
})
