import { describe, expect, it } from 'vitest'
import { binaryFrame, maxSharedFrameBytes } from './binaryFrame'

function frameOf(message: Uint8Array): Buffer {
  const frame = binaryFrame(message)
  if (!frame) throw new Error(`no frame for ${message.byteLength} bytes`)
  return frame
}

describe('binaryFrame', () => {
  it('frames a message once: the same array gets the very same frame', () => {
    const message = new Uint8Array([1, 2, 3])
    const frame = frameOf(message)
    expect(binaryFrame(message)).toBe(frame)
    expect([...frame]).toEqual([0x82, 3, 1, 2, 3])
    // Equal bytes in another array are another message.
    expect(binaryFrame(new Uint8Array([1, 2, 3]))).not.toBe(frame)
  })

  it('writes the length in 7 bits up to 125 and in 16 bits after 126 up to the bound', () => {
    expect([...frameOf(new Uint8Array(125)).subarray(0, 2)]).toEqual([0x82, 125])
    expect([...frameOf(new Uint8Array(126)).subarray(0, 4)]).toEqual([0x82, 126, 0, 126])
    const largest = frameOf(new Uint8Array(maxSharedFrameBytes))
    expect([...largest.subarray(0, 4)]).toEqual([0x82, 126, 0xff, 0xff])
    expect(largest.byteLength).toBe(maxSharedFrameBytes + 4)
  })

  it('leaves a larger message to ws, which does not copy it', () => {
    expect(binaryFrame(new Uint8Array(maxSharedFrameBytes + 1))).toBeUndefined()
  })

  it('frames a view of a larger buffer by its own bytes only', () => {
    const buffer = Uint8Array.from({ length: 10 }, (_, index) => index)
    expect([...frameOf(buffer.subarray(4, 7))]).toEqual([0x82, 3, 4, 5, 6])
  })
})
