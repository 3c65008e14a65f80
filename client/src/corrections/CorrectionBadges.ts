import type { CorrectionView } from '@minutes/protocol'
import { createContext, useContext } from 'react'

/** Where the correction round stands for one speaker. */
export type CorrectionBadge = 'uncorrected' | 'pending' | 'settled'

export const correctionBadgeLabels: Record<CorrectionBadge, string> = {
  uncorrected: 'Uncorrected',
  pending: 'Corrections pending',
  settled: 'Corrections settled',
}

/**
 * Each speaker's badge, for the speaker sections' node views; null when there is no round to
 * show (not circulated yet, or a reader who sees no corrections).
 */
export const CorrectionBadgesContext = createContext<
  ((speakerId: string) => CorrectionBadge) | null
>(null)

export function useCorrectionBadge(speakerId: string | null): CorrectionBadge | null {
  const badgeOf = useContext(CorrectionBadgesContext)
  return badgeOf && speakerId ? badgeOf(speakerId) : null
}

/** A speaker with nothing changed is uncorrected; any pending is pending; else settled. */
export function badgesOf(
  corrections: readonly CorrectionView[],
): (speakerId: string) => CorrectionBadge {
  return (speakerId) => {
    const own = corrections.filter((correction) => correction.speakerId === speakerId)
    if (own.length === 0) return 'uncorrected'
    return own.some(({ state }) => state === 'pending') ? 'pending' : 'settled'
  }
}
