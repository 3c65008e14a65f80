import { type RecommendationStatus, recommendationStatuses } from '@minutes/schema'

export interface RecommendationLead {
  number: number
  status: RecommendationStatus
  addressee: string | null
  /** Characters of the text the lead takes, the space after it included. */
  length: number
}

const lead = /^Recommendation R(\d+) \(([^()]*)\):\s*/

/** "Recommendation R2 (agreed; to: Home Office):", as minutes print a numbered recommendation. */
export function describeRecommendationLead(
  number: number,
  status: string,
  addressee: string | null,
): string {
  return `Recommendation R${number} (${[status, addressee && `to: ${addressee}`].filter(Boolean).join('; ')}):`
}

/** The lead a recommendation's text opens with, where it is one `describeRecommendationLead` prints. */
export function readRecommendationLead(text: string): RecommendationLead | undefined {
  const match = lead.exec(text)
  const [status, addressing, ...others] = match?.[2]?.split('; ') ?? []
  const addressee = addressing?.startsWith('to: ') ? addressing.slice(4) : undefined
  const isStatus = recommendationStatuses.includes(status as RecommendationStatus)
  if (!match || !isStatus || others.length > 0 || (addressing !== undefined && !addressee)) {
    return undefined
  }
  return {
    number: Number(match[1]),
    status: status as RecommendationStatus,
    addressee: addressee ?? null,
    length: match[0].length,
  }
}
