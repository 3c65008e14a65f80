/** The server cannot start with this Redis; the message says what to do. */
export class FanoutStartError extends Error {
  override name = 'FanoutStartError'
}
