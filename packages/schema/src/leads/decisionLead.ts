/** "D1": how minutes number a decision before its text ("D1 Resolved, That …"). */
export function describeDecisionLead(number: number): string {
  return `D${number}`
}

/** The number a decision's text opens with, and the characters it takes with the space after. */
export function readDecisionLead(text: string): { number: number; length: number } | undefined {
  const match = /^D(\d{1,4})\s+(?=\S)/.exec(text)
  return match ? { number: Number(match[1]), length: match[0].length } : undefined
}
