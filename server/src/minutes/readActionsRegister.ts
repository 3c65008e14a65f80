import type { ActionsRegister, CarriedAction, RegisterAction } from '@minutes/protocol'
import type { MinutesRegister } from '../documents/readRegister'
import type { DocumentStore } from '../persistence/DocumentStore'
import { InvalidInputError } from './InvalidInputError'
import { originOf } from './mattersArising'
import { isOpenAction, readSeriesRegisters } from './readSeries'

export type ActionFilter = 'open' | 'all'

/**
 * Every action agreed in the series' meetings, once, where it was agreed, meetings in order. An
 * action carried into later meetings ("Matters arising") takes the status of its last copy, so
 * closing it there closes it here; `open` keeps those not done or dropped.
 */
export async function readActionsRegister(
  store: DocumentStore,
  seriesId: string,
  filter: string = 'all',
): Promise<ActionsRegister> {
  if (filter !== 'open' && filter !== 'all') {
    throw new InvalidInputError('The status must be open or all.')
  }
  const { series, meetings } = await readSeriesRegisters(store, seriesId)
  const actions = actionsOf(meetings)
  return {
    seriesId: series.id,
    title: series.title,
    actions:
      filter === 'open'
        ? actions.filter((action) => isOpenAction({ kind: 'action', status: action.status }))
        : actions,
  }
}

/** Each action of the meetings once, where agreed, with the status of its latest copy. */
export function actionsOf(meetings: readonly MinutesRegister[]): RegisterAction[] {
  const key = ({ documentId, blockId }: { documentId: string; blockId: string }) =>
    `${documentId} ${blockId}`
  const copies = new Map<string, { copy: CarriedAction; status: string | null }[]>()
  const originals = new Set<string>()
  for (const { meta, entries } of meetings) {
    for (const entry of entries) {
      if (entry.kind === 'action' && !entry.carriedFrom && entry.blockId) {
        originals.add(key({ documentId: meta.id, blockId: entry.blockId }))
      }
    }
  }
  const actions: RegisterAction[] = []
  for (const { meta, date, entries } of meetings) {
    for (const entry of entries) {
      if (entry.kind !== 'action') continue
      const origin = originOf(meta.id, entry)
      // A copy of an action still in the register is that action; one whose first meeting is gone stands alone.
      if (entry.carriedFrom && origin && originals.has(key(origin))) {
        const list = copies.get(key(origin)) ?? []
        list.push({
          copy: {
            documentId: meta.id,
            meetingTitle: meta.title,
            number: entry.number,
            blockId: entry.blockId,
          },
          status: entry.status,
        })
        copies.set(key(origin), list)
        continue
      }
      actions.push({
        documentId: meta.id,
        meetingTitle: meta.title,
        meetingDate: date,
        number: entry.number,
        blockId: entry.blockId,
        text: entry.text,
        status: entry.status,
        ownerId: entry.personId,
        owner: entry.personName,
        dueDate: entry.dueDate,
        carriedTo: [],
      })
    }
  }
  for (const action of actions) {
    const carried = action.blockId
      ? copies.get(key({ documentId: action.documentId, blockId: action.blockId }))
      : undefined
    const latest = carried?.at(-1)
    if (!carried || !latest) continue
    action.carriedTo = carried.map(({ copy }) => copy)
    action.status = latest.status
  }
  return actions
}
