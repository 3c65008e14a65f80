import { type RecommendationStatus, recommendationStatuses } from '../recommendation/Recommendation'

/** Lower case: they stand inside a sentence, "Recommendation R1 (agreed; to: …)". */
export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  proposed: 'proposed',
  agreed: 'agreed',
  noted: 'noted',
  rejected: 'rejected',
}

export interface RecommendationLeadParts {
  number: number
  status: RecommendationStatus
  addressee: string | null
  /** Who proposed it, as the minutes describe them, where it is not plain from the context. */
  proposer: string | null
}

export interface RecommendationLead extends RecommendationLeadParts {
  /** Characters of the text the lead takes, the space after it included. */
  length: number
}

const opening = /^Recommendation R(\d+) \(/

/** "Recommendation R2 (agreed; to: Home Office; proposed by: Ann Lee (YJB)):" */
export function describeRecommendationLead(parts: RecommendationLeadParts): string {
  const details = [
    recommendationStatusLabels[parts.status],
    parts.addressee && `to: ${parts.addressee}`,
    parts.proposer && `proposed by: ${parts.proposer}`,
  ].filter(Boolean)
  return `Recommendation R${parts.number} (${details.join('; ')}):`
}

/** The lead a text opens with, where it is one `describeRecommendationLead` writes. */
export function readRecommendationLead(text: string): RecommendationLead | undefined {
  const match = opening.exec(text)
  if (!match) return undefined
  const close = closingBracket(text, match[0].length)
  if (close === undefined || text[close + 1] !== ':') return undefined
  const [status, ...rest] = text.slice(match[0].length, close).split('; ')
  const found = recommendationStatuses.find((value) => recommendationStatusLabels[value] === status)
  if (!found) return undefined
  let addressee: string | null = null
  let proposer: string | null = null
  for (const part of rest) {
    if (part.startsWith('to: ') && addressee === null && proposer === null)
      addressee = part.slice(4)
    else if (part.startsWith('proposed by: ') && proposer === null) proposer = part.slice(13)
    else return undefined
  }
  const length = close + 2 + (/^\s*/.exec(text.slice(close + 2))?.[0].length ?? 0)
  return { number: Number(match[1]), status: found, addressee, proposer, length }
}

/** Where the bracket opened just before `start` closes, brackets inside it counted. */
function closingBracket(text: string, start: number): number | undefined {
  let depth = 1
  for (let index = start; index < text.length; index++) {
    if (text[index] === '(') depth++
    else if (text[index] === ')' && --depth === 0) return index
  }
  return undefined
}
