import type { NodeViewRenderer } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import {
  type ReactNodeViewProps,
  ReactNodeViewRenderer,
  type ReactNodeViewRendererOptions,
} from '@tiptap/react'
import type { ComponentType } from 'react'
import { readNumber } from './readNumber'
import { renderWhenNearOrIdle } from './renderWhenNearOrIdle'
import './nodeViews.css'

/**
 * A React node view that re-renders only when the node's attributes or its number (R1, D2...)
 * change, never for typing inside it: the text is ProseMirror's, the header is React's. The first
 * render waits until the block is near the screen or the page is idle (renderWhenNearOrIdle).
 */
export function createNodeView(
  component: ComponentType<ReactNodeViewProps>,
  options: Partial<Omit<ReactNodeViewRendererOptions, 'update'>> = {},
): NodeViewRenderer {
  return ReactNodeViewRenderer(component, {
    scheduleRender: renderWhenNearOrIdle,
    ...options,
    update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
      if (
        !haveSameAttributes(oldNode, newNode) ||
        readNumber(oldDecorations) !== readNumber(newDecorations)
      ) {
        updateProps()
      }
      return true
    },
  })
}

function haveSameAttributes(a: ProseMirrorNode, b: ProseMirrorNode): boolean {
  const keys = Object.keys(a.attrs)
  return (
    keys.length === Object.keys(b.attrs).length &&
    keys.every((key) => a.attrs[key] === b.attrs[key])
  )
}
