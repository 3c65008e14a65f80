import type { Schema } from '@tiptap/pm/model'

export interface NodeRules {
  /** Node types that may appear anywhere among its children. */
  children: ReadonlySet<string>
  attributes: ReadonlySet<string>
  acceptsText: boolean
}

/** Checks of the values written into a document; each says why a value is invalid, or undefined. */
export interface ValueChecks {
  checkAttribute(node: string, attribute: string, value: unknown): string | undefined
  /** A formatting's attributes (a link's target). */
  checkMark(mark: string, value: unknown): string | undefined
  /** A value of a named map root (a person of the register). */
  checkMapValue(root: string, key: string, value: unknown): string | undefined
}

export interface SchemaRules extends ValueChecks {
  nodes: ReadonlyMap<string, NodeRules>
  marks: ReadonlySet<string>
  /** Root types clients may write, and what kind each is. */
  roots: ReadonlyMap<string, 'content' | 'map'>
}

/** Derives, once, what each node may contain from the shared ProseMirror schema. */
export function createSchemaRules(
  schema: Schema,
  roots: Record<string, 'content' | 'map'>,
  checks: ValueChecks,
): SchemaRules {
  const nodes = new Map<string, NodeRules>()
  for (const type of Object.values(schema.nodes)) {
    const children = new Set<string>()
    const seen = new Set([type.contentMatch])
    const pending = [type.contentMatch]
    for (let match = pending.pop(); match; match = pending.pop()) {
      for (let index = 0; index < match.edgeCount; index++) {
        const edge = match.edge(index)
        children.add(edge.type.name)
        if (!seen.has(edge.next)) {
          seen.add(edge.next)
          pending.push(edge.next)
        }
      }
    }
    nodes.set(type.name, {
      children,
      attributes: new Set(Object.keys(type.spec.attrs ?? {})),
      acceptsText: children.has('text'),
    })
  }
  return {
    nodes,
    marks: new Set(Object.keys(schema.marks)),
    roots: new Map(Object.entries(roots)),
    checkAttribute: checks.checkAttribute,
    checkMark: checks.checkMark,
    checkMapValue: checks.checkMapValue,
  }
}
