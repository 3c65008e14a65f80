/** What the sync layer needs of a connection; the transport adapts real websockets to it. */
export interface SyncSocket {
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}

/** What the transport calls back with for one connection. */
export interface SyncConnection {
  receive(frame: Uint8Array): void
  /** The socket closed, from either side. */
  closed(): void
}
