import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { RenderContext } from '../RenderContext'
import type { Block } from '../RenderModel'

/** Builds the render model's block for one node; `minimumLevel` is the least heading level it may use. */
export type BlockBuilder = (
  node: ProseMirrorNode,
  context: RenderContext,
  minimumLevel: number,
) => Block
