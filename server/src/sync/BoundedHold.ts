/**
 * Messages a connection keeps to handle later, bounded in number and in bytes: what a client sends
 * before the server may handle it must not pile up.
 */
export class BoundedHold {
  private held: Uint8Array[] = []
  private bytes = 0

  constructor(
    private readonly maxMessages: number,
    private readonly maxBytes: number,
  ) {}

  /** Keeps `message`, or, when it would pass either bound, keeps nothing and says so. */
  add(message: Uint8Array): boolean {
    if (this.held.length >= this.maxMessages || this.bytes + message.byteLength > this.maxBytes) {
      return false
    }
    this.held.push(message)
    this.bytes += message.byteLength
    return true
  }

  get first(): Uint8Array | undefined {
    return this.held[0]
  }

  /** Drops the first message, handled another way. */
  dropFirst(): void {
    const first = this.held.shift()
    if (first) this.bytes -= first.byteLength
  }

  /** Everything held, in the order it came, holding nothing after. */
  takeAll(): Uint8Array[] {
    const all = this.held
    this.held = []
    this.bytes = 0
    return all
  }
}
