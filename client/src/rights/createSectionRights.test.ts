// @vitest-environment happy-dom
import type { Role, WorkflowStatus } from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createSectionRights, refreshSectionRights, sectionRightsKey } from './createSectionRights'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const section = (speakerId: string, text: string): JSONContent => ({
  type: 'speakerSection',
  attrs: { speakerId },
  content: [paragraph(text)],
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    section('p-tate', 'Tate said one thing.'),
    section('p-oyelaran', 'Oyelaran said another.'),
    {
      type: 'questionAnswer',
      content: [
        { type: 'question', attrs: { askerId: null }, content: [paragraph('Why?')] },
        { type: 'answer', attrs: { speakerId: 'p-tate' }, content: [paragraph('Because.')] },
      ],
    },
  ],
}

interface Options {
  role?: Role
  speakerId?: string
  status?: WorkflowStatus
}

function openMinutes({ role = 'speaker', speakerId = 'p-tate', status = 'circulated' }: Options) {
  const current = { status }
  const editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      createSectionRights({ role, speakerId, getStatus: () => current.status }),
    ],
    content: minutes,
  })
  editors.push(editor)
  return { editor, current }
}

/** Where `text` starts in the document, to type or select there. */
function positionOf(editor: Editor, text: string): number {
  let found = -1
  editor.state.doc.descendants((node, position) => {
    if (found === -1 && node.isText && node.text?.includes(text)) {
      found = position + (node.text.indexOf(text) ?? 0)
    }
  })
  if (found === -1) throw new Error(`"${text}" is not in the minutes`)
  return found
}

/** The position of the first block of `type` by `speakerId`. */
function blockOf(editor: Editor, type: string, speakerId: string) {
  let found: { position: number; size: number } | undefined
  editor.state.doc.descendants((node, position) => {
    if (!found && node.type.name === type && node.attrs.speakerId === speakerId) {
      found = { position, size: node.nodeSize }
    }
  })
  if (!found) throw new Error(`No ${type} of ${speakerId}`)
  return found
}

function type(editor: Editor, at: string, text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text, positionOf(editor, at)))
}

const textOf = (editor: Editor) => editor.state.doc.textContent

describe('createSectionRights for a speaker while circulated', () => {
  it('lets her type in her own section and her own answer', () => {
    const { editor } = openMinutes({})
    type(editor, 'one thing', 'exactly ')
    type(editor, 'Because', 'Simply: ')
    expect(textOf(editor)).toContain('Tate said exactly one thing.')
    expect(textOf(editor)).toContain('Simply: Because.')
  })

  it('lets her start a new paragraph in her section and join it back', () => {
    const { editor } = openMinutes({})
    editor.commands.setTextSelection(positionOf(editor, ' thing'))
    expect(editor.commands.splitBlock()).toBe(true)
    expect(blockOf(editor, 'speakerSection', 'p-tate')).toBeDefined()
    const json = editor.getJSON()
    expect(json.content?.[1]?.content).toHaveLength(2)
    expect(editor.commands.joinBackward()).toBe(true)
    expect(editor.getJSON()).toEqual(openMinutes({}).editor.getJSON())
  })

  it('refuses typing outside her blocks: before, in another section, in the question', () => {
    const { editor } = openMinutes({})
    const before = editor.getJSON()
    type(editor, 'The chair', 'Today ')
    type(editor, 'another', 'quite ')
    type(editor, 'Why?', 'But ')
    expect(editor.getJSON()).toEqual(before)
  })

  it('refuses deleting her section, or a range from inside it to outside', () => {
    const { editor } = openMinutes({})
    const before = editor.getJSON()
    const own = blockOf(editor, 'speakerSection', 'p-tate')
    editor.view.dispatch(editor.state.tr.delete(own.position, own.position + own.size))
    editor.view.dispatch(
      editor.state.tr.delete(positionOf(editor, 'thing'), positionOf(editor, 'another')),
    )
    expect(editor.getJSON()).toEqual(before)
  })

  it('refuses changing the speaker of her section or answer, however it is written', () => {
    const { editor } = openMinutes({})
    const before = editor.getJSON()
    const own = blockOf(editor, 'speakerSection', 'p-tate')
    editor.view.dispatch(editor.state.tr.setNodeAttribute(own.position, 'speakerId', 'p-x'))
    editor.view.dispatch(
      editor.state.tr.setNodeMarkup(own.position, undefined, { speakerId: 'p-oyelaran' }),
    )
    editor.commands.setTextSelection(positionOf(editor, 'thing'))
    editor.commands.setSpeaker('p-oyelaran')
    const answer = blockOf(editor, 'answer', 'p-tate')
    editor.view.dispatch(editor.state.tr.setNodeAttribute(answer.position, 'speakerId', null))
    expect(editor.getJSON()).toEqual(before)
  })

  it('refuses a transaction with one allowed and one refused step as a whole', () => {
    const { editor } = openMinutes({})
    const before = editor.getJSON()
    const tr = editor.state.tr.insertText('exactly ', positionOf(editor, 'one thing'))
    tr.insertText('Today ', tr.mapping.map(positionOf(editor, 'The chair')))
    editor.view.dispatch(tr)
    expect(editor.getJSON()).toEqual(before)
  })

  it('lets the selection move anywhere', () => {
    const { editor } = openMinutes({})
    const position = positionOf(editor, 'another')
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, position)),
    )
    expect(editor.state.selection.from).toBe(position)
  })

  it('marks her blocks as her own and everything else as locked', () => {
    const { editor } = openMinutes({})
    const dom = editor.view.dom
    expect(
      [...dom.querySelectorAll('.section--own')].map((element) => element.textContent),
    ).toEqual(['Tate said one thing.', 'Because.'])
    expect(
      [...dom.querySelectorAll('.section--locked')].map((element) => element.textContent),
    ).toEqual(['The chair opened the meeting.', 'Oyelaran said another.', 'Why?'])
  })
})

describe('createSectionRights outside circulation and for other roles', () => {
  it('refuses a speaker typing in her own section while the minutes are a draft', () => {
    const { editor } = openMinutes({ status: 'draft' })
    const before = editor.getJSON()
    type(editor, 'one thing', 'exactly ')
    expect(editor.getJSON()).toEqual(before)
    expect(editor.view.dom.querySelectorAll('.section--locked')).toHaveLength(0)
  })

  it('follows the status as it changes, marks included', () => {
    const { editor, current } = openMinutes({ status: 'draft' })
    current.status = 'circulated'
    editor.view.dispatch(editor.state.tr.setMeta(sectionRightsKey, refreshSectionRights))
    expect(editor.view.dom.querySelectorAll('.section--locked').length).toBeGreaterThan(0)
    type(editor, 'one thing', 'exactly ')
    expect(textOf(editor)).toContain('exactly one thing')
  })

  it('refuses every change of a reviewer, and of anyone once the minutes are approved', () => {
    for (const options of [
      { role: 'reviewer', status: 'circulated' },
      { role: 'secretariat', status: 'approved' },
      { role: 'speaker', status: 'published' },
    ] satisfies Options[]) {
      const { editor } = openMinutes(options)
      const before = editor.getJSON()
      type(editor, 'one thing', 'exactly ')
      type(editor, 'The chair', 'Today ')
      expect(editor.getJSON()).toEqual(before)
    }
  })

  it('lets the secretariat change anything while the minutes are open', () => {
    const { editor } = openMinutes({ role: 'secretariat', status: 'circulated' })
    type(editor, 'The chair', 'Today ')
    const own = blockOf(editor, 'speakerSection', 'p-tate')
    editor.view.dispatch(editor.state.tr.delete(own.position, own.position + own.size))
    expect(textOf(editor)).toContain('Today The chair')
    expect(textOf(editor)).not.toContain('Tate said')
    expect(editor.view.dom.querySelectorAll('.section--own, .section--locked')).toHaveLength(0)
  })
})

describe('createSectionRights with collaboration', () => {
  it('shows a change the secretariat made elsewhere, though she could not make it herself', () => {
    const secretariatDoc = new Y.Doc()
    const speakerDoc = new Y.Doc()
    secretariatDoc.on('update', (update: Uint8Array) => Y.applyUpdate(speakerDoc, update))
    speakerDoc.on('update', (update: Uint8Array) => Y.applyUpdate(secretariatDoc, update))
    const collaborating = (doc: Y.Doc) =>
      Collaboration.configure({ document: doc, field: CONTENT_FRAGMENT_NAME })
    const secretariat = new Editor({
      extensions: [...minutesExtensions(), collaborating(secretariatDoc)],
    })
    editors.push(secretariat)
    secretariat.commands.setContent(minutes)
    const speaker = new Editor({
      extensions: [
        ...minutesExtensions(),
        collaborating(speakerDoc),
        createSectionRights({
          role: 'speaker',
          speakerId: 'p-tate',
          getStatus: () => 'circulated',
        }),
      ],
    })
    editors.push(speaker)
    expect(textOf(speaker)).toContain('Oyelaran said another.')

    type(secretariat, 'another', 'quite ')
    expect(textOf(speaker)).toContain('Oyelaran said quite another.')
    type(speaker, 'one thing', 'exactly ')
    expect(textOf(secretariat)).toContain('Tate said exactly one thing.')
    type(speaker, 'another', 'not ')
    expect(textOf(secretariat)).toContain('Oyelaran said quite another.')
  })

  it('keeps her marks on her blocks while others type before them and blocks come and go', () => {
    const secretariatDoc = new Y.Doc()
    const speakerDoc = new Y.Doc()
    secretariatDoc.on('update', (update: Uint8Array) => Y.applyUpdate(speakerDoc, update))
    const collaborating = (doc: Y.Doc) =>
      Collaboration.configure({ document: doc, field: CONTENT_FRAGMENT_NAME })
    const secretariat = new Editor({
      extensions: [...minutesExtensions(), collaborating(secretariatDoc)],
    })
    editors.push(secretariat)
    secretariat.commands.setContent(minutes)
    const speaker = new Editor({
      extensions: [
        ...minutesExtensions(),
        collaborating(speakerDoc),
        createSectionRights({
          role: 'speaker',
          speakerId: 'p-tate',
          getStatus: () => 'circulated',
        }),
      ],
    })
    editors.push(speaker)
    const marked = (className: string) =>
      [...speaker.view.dom.querySelectorAll(className)].map((element) => element.textContent)

    // Remote typing arrives as a whole new document: the marks must move, not stay behind.
    type(secretariat, 'The chair', 'Today, ')
    type(secretariat, 'Oyelaran', 'And ')
    expect(marked('.section--own')).toEqual(['Tate said one thing.', 'Because.'])
    expect(marked('.section--locked')).toEqual([
      'Today, The chair opened the meeting.',
      'And Oyelaran said another.',
      'Why?',
    ])
    // A block removed before hers: the marks are counted again.
    const other = blockOf(secretariat, 'speakerSection', 'p-oyelaran')
    secretariat.view.dispatch(
      secretariat.state.tr.delete(other.position, other.position + other.size),
    )
    type(secretariat, 'Why?', 'So: ')
    expect(marked('.section--own')).toEqual(['Tate said one thing.', 'Because.'])
    expect(marked('.section--locked')).toEqual(['Today, The chair opened the meeting.', 'So: Why?'])
  })
})

describe('createSectionRights before the browser types', () => {
  /** Puts the browser's caret in `text`, as a click does before the editor has read it. */
  function placeBrowserCaret(editor: Editor, text: string): Node {
    const walker = document.createTreeWalker(editor.view.dom, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(text)) {
        document.getSelection()?.collapse(node, node.textContent.indexOf(text))
        return node
      }
    }
    throw new Error(`"${text}" is not on the page`)
  }

  function typeInBrowser(target: Node): boolean {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: 'x',
      bubbles: true,
      cancelable: true,
    })
    ;(target.parentElement ?? target).dispatchEvent(event)
    return event.defaultPrevented
  }

  it('stops typing where the browser caret is in a locked block, even if the editor has not seen it', () => {
    const { editor } = openMinutes({})
    document.body.append(editor.view.dom)
    editor.commands.setTextSelection(positionOf(editor, 'one thing'))
    expect(typeInBrowser(placeBrowserCaret(editor, 'another'))).toBe(true)
    expect(typeInBrowser(placeBrowserCaret(editor, 'one thing'))).toBe(false)
  })

  it('leaves typing alone for the secretariat', () => {
    const { editor } = openMinutes({ role: 'secretariat' })
    document.body.append(editor.view.dom)
    expect(typeInBrowser(placeBrowserCaret(editor, 'another'))).toBe(false)
  })
})
