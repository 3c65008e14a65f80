/** Websocket close codes the server uses; 4000-4999 are ours, the rest are standard. */
export const CloseCode = {
  goingAway: 1001,
  policyViolation: 1008,
  messageTooBig: 1009,
  serverError: 1011,
  malformedMessage: 4400,
  /** No valid session or token for this document. */
  unauthorized: 4401,
  documentNotFound: 4404,
  /** A well-formed change the server refused; the client must drop its copy and resync. */
  updateRefused: 4403,
} as const
