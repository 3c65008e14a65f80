/** Prints one progress line of the start and test scripts, set apart from tool output. */
export function log(message) {
  console.log(`[minutes] ${message}`)
}
