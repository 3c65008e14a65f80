/** Input a person can correct (a request body, a command-line option); the message says how. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError'
}
