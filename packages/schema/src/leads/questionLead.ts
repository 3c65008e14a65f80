/** "Q:", or "Question from Helen Marsh (Reading Rooms Network):", before a question from the floor. */
export function describeQuestionLead(asker: string | null): string {
  return asker ? `Question from ${asker}:` : 'Q:'
}

/** The lead a question opens with, where it is one `describeQuestionLead` writes. */
export function readQuestionLead(
  text: string,
): { asker: string | null; length: number } | undefined {
  const match = /^(?:Q|Question from (.+?)):\s+(?=\S)/.exec(text)
  return match ? { asker: match[1] ?? null, length: match[0].length } : undefined
}
