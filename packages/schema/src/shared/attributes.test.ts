// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { optional, personId, text } from '../validation/AttributeCheck'
import { choiceAttribute, dataAttribute } from './attributes'

const element = (attributes: Record<string, string>): HTMLElement => {
  const created = document.createElement('div')
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value)
  return created
}

describe('dataAttribute', () => {
  const ownerId = dataAttribute('ownerId', 'owner-id', optional(personId))

  it('reads and writes the value as data-<name>', () => {
    expect(ownerId.parseHTML?.(element({ 'data-owner-id': 'p1' }))).toBe('p1')
    expect(ownerId.renderHTML?.({ ownerId: 'p1' })).toEqual({ 'data-owner-id': 'p1' })
  })

  it('writes nothing for an empty value and reads a missing one as the fallback', () => {
    expect(ownerId.renderHTML?.({ ownerId: null })).toEqual({})
    expect(ownerId.renderHTML?.({})).toEqual({})
    expect(ownerId.parseHTML?.(element({}))).toBeNull()
    expect(
      dataAttribute('place', 'place', optional(text()), 'Room 1').parseHTML?.(element({})),
    ).toBe('Room 1')
  })

  it('reads a value its check refuses as the fallback', () => {
    expect(ownerId.parseHTML?.(element({ 'data-owner-id': '"><script>' }))).toBeNull()
    expect(ownerId.parseHTML?.(element({ 'data-owner-id': 'p'.repeat(201) }))).toBeNull()
  })

  it('keeps quotes, ampersands, angle brackets and accents through HTML', () => {
    const addressee = 'Secretary of State for "Education" & <Skills> — Ofsted’s régime'
    const original = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'recommendation',
          attrs: { addressee, status: 'noted', proposerId: 'p-1' },
          content: [{ type: 'paragraph' }],
        },
      ],
    })
    const reloaded = createTestEditor(original.getHTML())
    expect(reloaded.getJSON()).toEqual(original.getJSON())
    expect(reloaded.getJSON().content?.[0]?.attrs).toEqual({
      addressee,
      status: 'noted',
      proposerId: 'p-1',
    })
  })
})

describe('choiceAttribute', () => {
  const status = choiceAttribute('status', 'status', ['open', 'done'])

  it('reads an allowed value as it is', () => {
    expect(status.parseHTML?.(element({ 'data-status': 'done' }))).toBe('done')
  })

  it('reads a missing or unknown value as the first allowed one', () => {
    expect(status.default).toBe('open')
    expect(status.parseHTML?.(element({}))).toBe('open')
    expect(status.parseHTML?.(element({ 'data-status': 'DONE' }))).toBe('open')
    expect(status.parseHTML?.(element({ 'data-status': 'closed' }))).toBe('open')
  })

  it('writes the value as data-<name>', () => {
    expect(status.renderHTML?.({ status: 'done' })).toEqual({ 'data-status': 'done' })
  })
})
