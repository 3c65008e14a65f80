const role =
  /^(?:(?:vice|deputy|co)[- ]?)?(?:chair(?:man|woman|person)?|mayor|president)$|^(?:hon(?:orary|\.)?\s+)?(?:secretary|treasurer)$|^clerk(?:\s+(?:and|&)\s+(?:rfo|responsible financial officer)|\s+to the (?:council|committee|group|board))?$|^(?:rfo|responsible financial officer|minute[- ]?taker|note[- ]?taker|facilitator|convenor|convener)$/i

/** Whether a parenthesis names someone's role ("Chair", "Clerk and RFO") rather than their organisation. */
export function isRoleName(text: string): boolean {
  return role.test(text.trim())
}
