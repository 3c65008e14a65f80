/** RFC 6455 leaves 123 bytes for a close reason once the code is counted; `ws` throws past it. */
export const maxCloseReasonBytes = 123

const encoder = new TextEncoder()

/**
 * `reason` cut to fit a close frame, on a character boundary, with an ellipsis when cut.
 * Reasons often quote names a client chose, so their length is the sender's to pick.
 */
export function boundCloseReason(reason: string): string {
  if (encoder.encode(reason).byteLength <= maxCloseReasonBytes) return reason
  const ellipsis = '…'
  const budget = maxCloseReasonBytes - encoder.encode(ellipsis).byteLength
  let kept = ''
  let bytes = 0
  for (const character of reason) {
    const size = encoder.encode(character).byteLength
    if (bytes + size > budget) break
    kept += character
    bytes += size
  }
  return `${kept}${ellipsis}`
}
