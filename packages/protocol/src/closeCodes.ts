/** Websocket close codes the server uses; 4000-4999 are ours, the rest are standard. */
export const CloseCode = {
  goingAway: 1001,
  policyViolation: 1008,
  messageTooBig: 1009,
  serverError: 1011,
  /** The database or Redis cannot be reached just now: reconnect a little later. */
  tryAgainLater: 1013,
  malformedMessage: 4400,
  /** No valid session or token for this document. */
  unauthorized: 4401,
  /** A well-formed change the server refused; the client keeps its other work and resyncs. */
  updateRefused: 4403,
  documentNotFound: 4404,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/**
 * Closes that no reconnect can fix: ours (4400-4499) and an oversized message. A server error
 * (1011) is not one of them: a failed save or load may pass.
 */
export function isPermanentClose(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === CloseCode.messageTooBig
}
