import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'
import { personReferences } from '../personReferences'

/** `slice` with every person reference in `remap` rewritten; attributes and structure otherwise kept. */
export function remapPeople(slice: Slice, remap: ReadonlyMap<string, string>): Slice {
  if (remap.size === 0) return slice
  return new Slice(remapFragment(slice.content, remap), slice.openStart, slice.openEnd)
}

function remapFragment(fragment: Fragment, remap: ReadonlyMap<string, string>): Fragment {
  const nodes: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    nodes.push(remapNode(node, remap))
  })
  return Fragment.fromArray(nodes)
}

function remapNode(node: ProseMirrorNode, remap: ReadonlyMap<string, string>): ProseMirrorNode {
  if (node.isText) return node
  let attrs = node.attrs
  for (const attribute of personReferences[node.type.name] ?? []) {
    const id: unknown = attrs[attribute]
    const replacement = typeof id === 'string' ? remap.get(id) : undefined
    if (replacement) attrs = { ...attrs, [attribute]: replacement }
  }
  const content = remapFragment(node.content, remap)
  return node.type.create(attrs, content, node.marks)
}
