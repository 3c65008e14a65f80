import { editorPath } from '../shared/navigation/matchRoute'

const blockParameter = 'block'

/** The minutes opened at one block: `/d/:docId?block=<blockId>`. */
export function blockPath(docId: string, blockId: string): string {
  return `${editorPath(docId)}?${new URLSearchParams({ [blockParameter]: blockId })}`
}

/** The block an address points to, if any. */
export function readBlockId(search: string): string | undefined {
  const blockId = new URLSearchParams(search).get(blockParameter)
  return blockId && /^\d+-\d+$/.test(blockId) ? blockId : undefined
}
