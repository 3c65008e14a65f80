import type { RecommendationNoteChange } from '@minutes/protocol'
import type { DocumentStore } from '../persistence/DocumentStore'
import { InvalidInputError } from './InvalidInputError'
import { RecommendationNotFoundError } from './RecommendationNotFoundError'
import { readRecommendationsRegister } from './readRecommendationsRegister'

/**
 * Tags a recommendation of the series' register with themes, or marks it a duplicate of another
 * (null: no longer). Checked by `RecommendationNoteChange`. Both must be in the register now;
 * merges stay one step deep, so that a duplicate always names the recommendation that stands.
 */
export async function noteRecommendation(
  store: DocumentStore,
  seriesId: string,
  block: { documentId: string; blockId: string },
  change: { themes?: string[] | undefined; mergedInto?: RecommendationNoteChange['mergedInto'] },
): Promise<void> {
  const { recommendations } = await readRecommendationsRegister(store, seriesId)
  const find = ({ documentId, blockId }: { documentId: string; blockId: string }) =>
    recommendations.find((row) => row.documentId === documentId && row.blockId === blockId)
  const row = find(block)
  if (!row) throw new RecommendationNotFoundError()
  const target = change.mergedInto
  if (target) {
    const merged = find(target)
    if (!merged) {
      throw new InvalidInputError('The recommendation it duplicates is not in this register.')
    }
    if (merged === row) throw new InvalidInputError('A recommendation cannot duplicate itself.')
    if (merged.mergedInto) {
      throw new InvalidInputError(
        `${merged.number} of "${merged.meetingTitle}" is itself a duplicate: merge into the one it duplicates.`,
      )
    }
    const isMergedInto = recommendations.some(
      (other) =>
        other.mergedInto?.documentId === row.documentId && other.mergedInto.blockId === row.blockId,
    )
    if (isMergedInto) {
      throw new InvalidInputError(
        'Others are marked duplicates of this one: unmerge them first, or merge them into the other.',
      )
    }
  }
  await store.setRecommendationNote(seriesId, {
    ...block,
    themes: change.themes === undefined ? row.themes : [...new Set(change.themes)],
    mergedInto: target === undefined ? row.mergedInto : target,
  })
}
