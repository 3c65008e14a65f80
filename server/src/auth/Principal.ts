/** Who is asking, as the server established it: names and colours are never the client's say. */
export type Principal = {
  /** Stable per person: the account id, the invitation id, or "admin". */
  id: string
  name: string
  color: string
} & (
  | { kind: 'account' | 'admin'; invitationId?: undefined; documentId?: undefined }
  /** An invitation is for one document and gives nothing of any other. */
  | { kind: 'invitation'; invitationId: string; documentId: string }
)
