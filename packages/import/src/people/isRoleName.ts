const role =
  /^(?:(?:vice|deputy|co)[- ]?)?(?:chair(?:man|woman|person)?|mayor|president)$|^(?:hon(?:orary|\.)?\s+)?(?:secretary|treasurer)$|^clerk(?:\s+(?:and|&)\s+(?:rfo|responsible financial officer)|\s+to the (?:council|committee|group|board))?$|^(?:rfo|responsible financial officer|minute[- ]?taker|note[- ]?taker|facilitator|convenor|convener)$/i

// Posts written after a name: "Chief Executive", "Deputy Town Clerk", "Head of Patient Safety".
const post =
  /^(?:[\p{L}'’-]+\s+){0,3}(?:clerk|secretary|treasurer|chair|director|officer|manager|executive|headteacher|captain|co-?ordinator|partner|professional|member|governor|trustee|lead|president|nurse)$|^(?:director|head|chief) of\s|^(?:ceo|cfo|coo|in the chair)$/iu

/** Whether a parenthesis names someone's role ("Chair", "Clerk and RFO") rather than their organisation. */
export function isRoleName(text: string): boolean {
  return role.test(text.trim()) || post.test(text.trim())
}
