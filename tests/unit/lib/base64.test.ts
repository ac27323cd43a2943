import { describe, expect, it } from 'vitest'
import {
  fromBase64,
  fromBase64ByLoop,
  isBase64,
  toBase64,
  toBase64ByLoop,
} from '../../../src/lib/transfer/base64'

/** Bytes of every value, longer than one chunk of the loop (32 KiB) and not a multiple of three. */
const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 7919) % 256)

describe('base64', () => {
  // The built-in conversions where the runtime has them (browsers), the loops everywhere else.
  for (const [name, encode, decode] of [
    ['as this runtime does it', toBase64, fromBase64],
    ['by the loops older browsers use', toBase64ByLoop, fromBase64ByLoop],
  ] as const) {
    it(`writes what Node's Buffer writes and reads it back, ${name}`, () => {
      const text = encode(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64'))
      expect(isBase64(text)).toBe(true)
      expect(decode(text)).toEqual(bytes)
      expect(encode(new Uint8Array())).toBe('')
    })

    it(`refuses what is not base64, ${name}`, () => {
      expect(() => decode('ab$d')).toThrow()
      expect(() => decode('abcde')).toThrow()
    })
  }
})
