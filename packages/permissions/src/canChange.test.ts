import { describe, expect, it } from 'vitest'
import { canChange, canChangeAll, canWriteNow } from './canChange'
import type { BlockRef, DescribedChange } from './DescribedChange'
import type { DocumentAccess } from './roles'
import type { WorkflowStatus } from './workflow'

const speaker: DocumentAccess = { role: 'speaker', speakerId: 'p-tate' }
const secretariat: DocumentAccess = { role: 'secretariat' }
const reviewer: DocumentAccess = { role: 'reviewer' }

const section = (speakerId: string | null): BlockRef => ({ type: 'speakerSection', speakerId })
const answer = (speakerId: string): BlockRef => ({ type: 'answer', speakerId })
const block = (type: string): BlockRef => ({ type, speakerId: null })
const content = (
  action: 'insert' | 'delete' | 'attribute',
  ...path: BlockRef[]
): DescribedChange => ({ target: 'content', action, path })

describe('canChange for a speaker', () => {
  it('allows text, formatting, lists and sub-blocks inside their own section while circulated', () => {
    const inside = [
      content('insert', section('p-tate'), block('paragraph')),
      content(
        'delete',
        section('p-tate'),
        block('bulletList'),
        block('listItem'),
        block('paragraph'),
      ),
      content('insert', section('p-tate')),
      content('attribute', section('p-tate'), block('heading')),
      content('insert', section('p-tate'), block('recommendation'), block('paragraph')),
      content('insert', block('questionAnswer'), answer('p-tate'), block('paragraph')),
    ]
    for (const change of inside)
      expect(canChange(speaker, 'circulated', change)).toEqual({ allowed: true })
  })

  it("refuses changes in another speaker's section or answer, and outside any", () => {
    const outside = [
      content('insert', section('p-other'), block('paragraph')),
      content('insert', block('questionAnswer'), answer('p-other'), block('paragraph')),
      content('insert', block('paragraph')),
      content('insert'),
      content('insert', block('questionAnswer'), block('question'), block('paragraph')),
    ]
    for (const change of outside) {
      expect(canChange(speaker, 'circulated', change)).toEqual({
        allowed: false,
        reason: 'This change is outside your section and was not saved.',
      })
    }
  })

  it("refuses the section's own attributes, deleting it, and inserting a section", () => {
    expect(canChange(speaker, 'circulated', content('attribute', section('p-tate'))).allowed).toBe(
      false,
    )
    // Deleting or inserting the section element itself happens in its parent, outside it.
    expect(canChange(speaker, 'circulated', content('delete')).allowed).toBe(false)
    expect(canChange(speaker, 'circulated', content('insert', block('paragraph'))).allowed).toBe(
      false,
    )
  })

  it('refuses everything before circulation and after approval, and register writes', () => {
    const ownText = content('insert', section('p-tate'), block('paragraph'))
    expect(canChange(speaker, 'draft', ownText).allowed).toBe(false)
    expect(canChange(speaker, 'approved', ownText).allowed).toBe(false)
    expect(canChange(speaker, 'circulated', { target: 'register', key: 'p-tate' }).allowed).toBe(
      false,
    )
  })

  it('refuses blocks that attribute words or decisions to people, even inside their own section', () => {
    const attributing = [
      'speakerSection',
      'answer',
      'questionAnswer',
      'recommendation',
      'decision',
      'actionItem',
      'agendaItem',
      // A footnote holds new material the secretariat accepted: not the speaker's to add or remove.
      'footnote',
    ]
    for (const type of attributing) {
      for (const action of ['insert', 'delete'] as const) {
        const change: DescribedChange = {
          target: 'content',
          action,
          path: [section('p-tate')],
          blocks: ['paragraph', type],
        }
        expect(canChange(speaker, 'circulated', change).allowed, `${action} ${type}`).toBe(false)
      }
    }
    // Their words and the layout of their words stay theirs to correct.
    const words: DescribedChange = {
      target: 'content',
      action: 'insert',
      path: [section('p-tate')],
      blocks: ['bulletList', 'listItem', 'paragraph'],
    }
    expect(canChange(speaker, 'circulated', words)).toEqual({ allowed: true })
  })

  it('refuses attributes of a recommendation or action in their section, not its words', () => {
    for (const type of ['recommendation', 'decision', 'actionItem', 'agendaItem']) {
      expect(
        canChange(speaker, 'circulated', content('attribute', section('p-tate'), block(type)))
          .allowed,
      ).toBe(false)
      expect(
        canChange(
          speaker,
          'circulated',
          content('insert', section('p-tate'), block(type), block('paragraph')),
        ),
      ).toEqual({ allowed: true })
    }
  })

  it('judges a section nested in their own by its own speaker', () => {
    const nested = content('insert', section('p-tate'), section('p-other'), block('paragraph'))
    expect(canChange(speaker, 'circulated', nested).allowed).toBe(false)
    const ownInOther = content('insert', section('p-other'), section('p-tate'), block('paragraph'))
    expect(canChange(speaker, 'circulated', ownInOther)).toEqual({ allowed: true })
  })

  it('allows content-free clock fillers only when they may write somewhere', () => {
    expect(canChange(speaker, 'circulated', { target: 'filler' })).toEqual({ allowed: true })
    expect(canChange(speaker, 'draft', { target: 'filler' }).allowed).toBe(false)
    expect(canChange(reviewer, 'circulated', { target: 'filler' }).allowed).toBe(false)
    expect(canChange(secretariat, 'draft', { target: 'filler' })).toEqual({ allowed: true })
    expect(canChange(secretariat, 'published', { target: 'filler' }).allowed).toBe(false)
  })

  it('does not treat a section without speaker as anyone’s', () => {
    const unbound = content('insert', section(null), block('paragraph'))
    expect(canChange({ role: 'speaker' }, 'circulated', unbound).allowed).toBe(false)
  })
})

describe('canChange for other roles', () => {
  it('lets the secretariat change anything while draft or circulated, and nothing after', () => {
    const changes = [
      content('insert'),
      content('attribute', section('p-tate')),
      { target: 'register', key: 'x' } as const,
    ]
    expect(canChangeAll(secretariat, 'draft', changes)).toEqual({ allowed: true })
    expect(canChangeAll(secretariat, 'circulated', changes)).toEqual({ allowed: true })
    expect(canChangeAll(secretariat, 'approved', changes).allowed).toBe(false)
    expect(canChangeAll(secretariat, 'published', changes).allowed).toBe(false)
  })

  it('never lets a reviewer change the text', () => {
    for (const status of ['draft', 'circulated'] as const) {
      expect(canChange(reviewer, status, content('insert', block('paragraph')))).toEqual({
        allowed: false,
        reason: 'Reviewers comment on the minutes; they do not change the text.',
      })
    }
  })

  it('refuses what the sync layer could not place, whoever asks', () => {
    const unknown: DescribedChange = { target: 'unknown', description: 'a new root type "x"' }
    expect(canChange(secretariat, 'draft', unknown).allowed).toBe(false)
  })

  it('reports the first refusal among several changes', () => {
    const verdict = canChangeAll(speaker, 'circulated', [
      content('insert', section('p-tate'), block('paragraph')),
      content('delete', section('p-other'), block('paragraph')),
    ])
    expect(verdict).toEqual({
      allowed: false,
      reason: 'This change is outside your section and was not saved.',
    })
  })
})

describe('canWriteNow', () => {
  const table: [DocumentAccess, WorkflowStatus, boolean][] = [
    [secretariat, 'draft', true],
    [secretariat, 'circulated', true],
    [secretariat, 'approved', false],
    [speaker, 'draft', false],
    [speaker, 'circulated', true],
    [{ role: 'speaker' }, 'circulated', false],
    [speaker, 'published', false],
    [reviewer, 'circulated', false],
  ]
  it.each(table)('%o in %s: %s', (access, status, expected) => {
    expect(canWriteNow(access, status)).toBe(expected)
  })
})
