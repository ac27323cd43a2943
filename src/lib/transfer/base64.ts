/**
 * Bytes as base64 and back, with web platform APIs only (Node 20 has them too). A team's documents
 * are megabytes: where the browser has the built-in conversions (`Uint8Array.prototype.toBase64`
 * and `Uint8Array.fromBase64`: Chromium 140, Firefox 133, Safari 18.2) they do it many times faster
 * than the loops below, which serve older browsers and Node 20.
 */

type Native = {
  fromBase64?: (text: string) => Uint8Array
  prototype: { toBase64?: () => string }
}
const native = Uint8Array as unknown as Native

export function toBase64(bytes: Uint8Array): string {
  if (native.prototype.toBase64) return (bytes as Uint8Array & { toBase64(): string }).toBase64()
  return toBase64ByLoop(bytes)
}

/** Throws on anything that is not base64 (`atob` is lenient about some of it: see `isBase64`). */
export function fromBase64(text: string): Uint8Array {
  if (native.fromBase64) return native.fromBase64(text)
  return fromBase64ByLoop(text)
}

export function toBase64ByLoop(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

export function fromBase64ByLoop(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Base64 as `toBase64` writes it: the alphabet, padded to whole groups of four. */
export const isBase64 = (text: string): boolean =>
  text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text)
