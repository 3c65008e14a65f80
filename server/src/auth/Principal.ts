/** Who is asking, as the server established it: names and colours are never the client's say. */
export type Principal = {
  /** Stable per person: the account id, the invitation id, or "admin". */
  id: string
  name: string
  color: string
  /** When the credentials it came with stop working (ISO 8601); never for the admin token. */
  expiresAt?: string
  /** The signed-in browser it came from (the hash of its cookie), so that signing out ends it. */
  sessionId?: string
} & (
  | { kind: 'account' | 'admin'; invitationId?: undefined; documentId?: undefined }
  /** An invitation is for one document and gives nothing of any other. */
  | { kind: 'invitation'; invitationId: string; documentId: string }
)
