/** Who the server says is using this browser. */
export interface Principal {
  name: string
  color: string
  /** `admin` is the server's automation token; an invitation opens one document only. */
  kind: 'account' | 'admin' | 'invitation'
  /** For invitations: the one document they open. */
  documentId?: string
}
