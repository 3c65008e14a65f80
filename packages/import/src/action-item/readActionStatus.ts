import { type ActionStatus, actionStatusLabels } from '@minutes/schema'

const statuses: [ActionStatus, RegExp][] = [
  ['open', /^(?:open|new|not (?:yet )?started|to do|todo|outstanding|pending)$/i],
  ['inProgress', /^(?:in progress|in hand|ongoing|underway|under way|started)$/i],
  ['done', /^(?:done|complete|completed|closed|finished)$/i],
  ['dropped', /^(?:dropped|cancelled|canceled|withdrawn|superseded)$/i],
]

/**
 * The status a word of minutes gives ("Complete" is done, "Ongoing" in progress), and the
 * word itself where it is not the status's own label.
 */
export function readActionStatus(
  text: string,
): { status: ActionStatus; label: string | null } | undefined {
  const written = text.trim().replace(/\.$/, '')
  const status = statuses.find(([, pattern]) => pattern.test(written))?.[0]
  if (!status) return undefined
  return { status, label: written === actionStatusLabels[status] ? null : written }
}
