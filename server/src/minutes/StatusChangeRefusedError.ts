/** A workflow move the rules do not allow from where the minutes are; the message says why. */
export class StatusChangeRefusedError extends Error {
  override name = 'StatusChangeRefusedError'
}
