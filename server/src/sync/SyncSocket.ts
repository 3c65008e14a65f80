/** What the sync layer needs of a connection; the transport adapts real websockets to it. */
export interface SyncSocket {
  send(message: Uint8Array, options?: SendOptions): void
  close(code: number, reason: string): void
}

export interface SendOptions {
  /** Called once the message is handed to the operating system, or can no longer be. */
  sent?: () => void
  /**
   * The message continues one answer whose first part was just sent (the stored rows of a cold
   * load): it goes whatever is queued before it, as it would inside one large message. A reader
   * too slow for the live updates is still closed at the next message that is not.
   */
  continuesAnswer?: boolean
}

/** What the transport calls back with for one connection. */
export interface SyncConnection {
  receive(frame: Uint8Array): void
  /** The socket closed, from either side. */
  closed(): void
}
