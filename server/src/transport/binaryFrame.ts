/**
 * Messages up to this size (the largest a 16-bit length holds) are framed once and the frame
 * written as it is to every socket; a larger one (a cold load's state) goes through `ws`, which
 * writes header and payload without copying the payload.
 */
export const maxSharedFrameBytes = 0xffff

const frames = new WeakMap<Uint8Array, Buffer>()

/**
 * The unmasked, final, binary websocket frame (RFC 6455 §5.2) of `message`, made once per message
 * object: a broadcast sends the very same array to every receiver (see `encodeUpdate`), so 50
 * receivers cost one frame, not 50 headers, 50 buffer views and 50 corked writes. Undefined
 * above `maxSharedFrameBytes`.
 */
export function binaryFrame(message: Uint8Array): Buffer | undefined {
  const length = message.byteLength
  if (length > maxSharedFrameBytes) return undefined
  let frame = frames.get(message)
  if (frame) return frame
  // FIN and opcode 2 (binary); then the length, in 7 bits or as 126 and 16 bits.
  const headerBytes = length <= 125 ? 2 : 4
  frame = Buffer.allocUnsafe(headerBytes + length)
  frame[0] = 0x82
  if (length <= 125) {
    frame[1] = length
  } else {
    frame[1] = 126
    frame.writeUInt16BE(length, 2)
  }
  frame.set(message, headerBytes)
  frames.set(message, frame)
  return frame
}
