import { type ActionItemAttributes, describePerson, formatDueDate } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { missingWords } from '../missingWords'
import { readPerson } from '../people/readPerson'
import { readDueDate } from './parseAction'
import { readActionStatus } from './readActionStatus'

export interface ActionParts {
  owner?: string
  due?: string
  status?: string
}

type ActionPartAttributes = Omit<ActionItemAttributes, 'label'>

/**
 * An action's owner, due date and status from their wording (a table's cells, an export's
 * trail). Where an attribute cannot say the wording word for word ("end of March", "Complete",
 * "Priya and Owen"), the wording is kept beside it as its label.
 */
export function readActionParts(context: ImportContext, parts: ActionParts): ActionPartAttributes {
  const ownerText = parts.owner?.trim() ?? ''
  const dueText = parts.due?.trim() ?? ''
  const statusText = parts.status?.trim() ?? ''
  const owner = ownerText ? readPerson(context, ownerText) : undefined
  const dueDate = dueText ? readDueDate(context, dueText) : null
  const status = readActionStatus(statusText)
  const keeps = (written: string, printed: string | undefined) =>
    written !== '' && (!printed || missingWords(written, printed).length > 0) ? written : null
  return {
    ownerId: owner?.id ?? null,
    ownerLabel: keeps(ownerText, owner && describePerson(owner)),
    dueDate,
    dueLabel: keeps(dueText, dueDate ? formatDueDate(dueDate) : undefined),
    status: status?.status ?? 'open',
    statusLabel: status ? status.label : statusText || null,
  }
}
