import { describe, expect, it } from 'vitest'
import { CloseCode, isPermanentClose } from './closeCodes'

describe('isPermanentClose', () => {
  it('gives up on refusals, unknown documents, bad messages and oversized ones', () => {
    for (const code of [
      CloseCode.malformedMessage,
      CloseCode.unauthorized,
      CloseCode.updateRefused,
      CloseCode.documentNotFound,
      CloseCode.messageTooBig,
    ]) {
      expect(isPermanentClose(code), String(code)).toBe(true)
    }
  })

  it('reconnects after a server error, a shutdown, an unreachable database or a dropped link', () => {
    for (const code of [
      CloseCode.serverError,
      CloseCode.tryAgainLater,
      CloseCode.goingAway,
      1006,
      CloseCode.policyViolation,
    ]) {
      expect(isPermanentClose(code), String(code)).toBe(false)
    }
  })
})
