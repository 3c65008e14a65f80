import type { Person } from '@minutes/schema'
import { Extension } from '@tiptap/core'
import { DOMSerializer, type Fragment, type Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type * as Y from 'yjs'
import { createPersonId } from '../../collaboration/createPersonId'
import { readPerson } from '../../collaboration/readPerson'
import { writePerson } from '../../collaboration/writePerson'
import { collectPeople } from './collectPeople'
import { mergePastedPeople } from './mergePastedPeople'
import { PEOPLE_ATTRIBUTE, readPastedPeople } from './readPastedPeople'
import { remapPeople } from './remapPeople'

export interface PeopleClipboardOptions {
  /** The open document's register. */
  people: Y.Map<unknown> | null
}

/**
 * Copy and paste keep people: copied HTML carries the people its blocks refer to, and pasting
 * adds those missing here to this document's register (under another id if theirs is taken),
 * before the content goes in.
 */
export const PeopleClipboard = Extension.create<PeopleClipboardOptions>({
  name: 'peopleClipboard',

  addOptions() {
    return { people: null }
  },

  addProseMirrorPlugins() {
    const { people } = this.options
    if (!people) return []
    const findPerson = (id: string) => readPerson(id, people.get(id))
    // serializeForClipboard hands the whole slice to transformCopied, then only its inner content
    // (open ancestors become context) to the serializer: the people are collected from the first.
    let copiedPeople: Person[] = []
    let pastedPeople: Person[] = []
    const base = DOMSerializer.fromSchema(this.editor.schema)
    const serializer = new DOMSerializer(base.nodes, base.marks)
    serializer.serializeFragment = (
      fragment: Fragment,
      options: { document?: Document } = {},
      target?: HTMLElement | DocumentFragment,
    ) => {
      const dom = base.serializeFragment(fragment, options, target)
      const carried = copiedPeople
      copiedPeople = []
      if (carried.length === 0 || target) return dom
      const wrapper = (options.document ?? document).createElement('div')
      wrapper.setAttribute(PEOPLE_ATTRIBUTE, JSON.stringify(carried))
      wrapper.appendChild(dom)
      return wrapper
    }

    return [
      new Plugin({
        key: new PluginKey('peopleClipboard'),
        props: {
          transformCopied: (slice: Slice) => {
            copiedPeople = collectPeople(slice, findPerson)
            return slice
          },
          clipboardSerializer: serializer,
          transformPastedHTML: (html: string) => {
            pastedPeople = readPastedPeople(html)
            return html
          },
          transformPasted: (slice: Slice) => {
            const pasted = pastedPeople
            pastedPeople = []
            if (pasted.length === 0) return slice
            const register = new Map<string, Person>()
            for (const [id, value] of people.entries()) {
              const person = readPerson(id, value)
              if (person) register.set(id, person)
            }
            const { additions, remap } = mergePastedPeople(register, pasted, createPersonId)
            if (additions.length > 0) {
              people.doc?.transact(() => {
                for (const person of additions) writePerson(people, person)
              })
            }
            return remapPeople(slice, remap)
          },
        },
      }),
    ]
  },
})
