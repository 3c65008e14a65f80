import { isLocked, workflowStatusLabels } from '@minutes/permissions'
import {
  formatMeetingDate,
  minutesExtensions,
  readHeadingAttributes,
  readMeetingDetailsAttributes,
  withValidAttributes,
} from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MinutesExport } from '../MinutesExport'
import { plainText } from './buildInlines'
import { describeSignOffs } from './describeSignOffs'
import { RenderContext } from './RenderContext'
import type { Block, RenderModel } from './RenderModel'

const schema = getSchema(minutesExtensions())

export class InvalidMinutesContentError extends Error {
  override name = 'InvalidMinutesContentError'
}

/** The one walk over the minutes that every export format renders; each block is built in `blocks/`. */
export function buildRenderModel(minutes: MinutesExport): RenderModel {
  const doc = parseContent(minutes)
  const context = new RenderContext(minutes.title, doc, minutes.people)
  const first = doc.firstChild
  const opensWithTitle =
    first?.type.name === 'meetingHeader' ||
    (first?.type.name === 'heading' && readHeadingAttributes(first).level === 1)
  const blocks: Block[] = opensWithTitle
    ? []
    : [
        {
          type: 'heading',
          level: context.headings.next(1, 1),
          sourceLevel: 1,
          content: [plainText(minutes.title)],
        },
      ]
  blocks.push(...context.walkChildren(doc, 2))
  return {
    title: minutes.title,
    status: minutes.status,
    statusLabel: workflowStatusLabels[minutes.status],
    isDraft: !isLocked(minutes.status),
    signOffs: describeSignOffs(minutes),
    groupName: findGroupName(doc) ?? minutes.title,
    meetingDate: findMeetingDate(doc),
    exportedAt: minutes.exportedAt ?? new Date(),
    blocks,
    footnotes: context.footnotes.footnotes,
  }
}

function parseContent({ content }: MinutesExport): ProseMirrorNode {
  if (content.type !== 'doc') {
    throw new InvalidMinutesContentError(
      'The minutes content must be a whole document (type "doc").',
    )
  }
  // A document nobody has written in yet is empty, which the schema's `block+` would refuse.
  if (!content.content?.length) return schema.topNodeType.create()
  try {
    // Stored content never passed the editor's checks: what fails them renders as its default.
    const doc = schema.nodeFromJSON(withValidAttributes(content, schema))
    doc.check()
    return doc
  } catch (error) {
    throw new InvalidMinutesContentError(
      `The minutes do not fit the document model: ${error instanceof Error ? error.message : error}`,
    )
  }
}

function findGroupName(doc: ProseMirrorNode): string | undefined {
  let name: string | undefined
  doc.forEach((child) => {
    if (name !== undefined) return
    if (child.type.name === 'meetingHeader') name = child.firstChild?.textContent.trim()
    else if (child.type.name === 'heading' && readHeadingAttributes(child).level === 1)
      name = child.textContent.trim()
  })
  return name || undefined
}

function findMeetingDate(doc: ProseMirrorNode): string | undefined {
  let date: string | undefined
  doc.descendants((node) => {
    if (date !== undefined) return false
    if (node.type.name === 'meetingDetails') {
      const details = readMeetingDetailsAttributes(node)
      if (details.date) date = formatMeetingDate(details.date)
    }
    return node.type.name !== 'meetingDetails'
  })
  return date
}
