/**
 * The export as copy-paste text, for laptops that block file downloads and uploads:
 * `HBI1.<SHA-256 of the payload, hex>.<payload>`, where the payload is the JSON compressed with
 * deflate-raw and written in base64. Whitespace and `>` are ignored when reading, so a text wrapped
 * by an e-mail program or quoted in a reply still works. Uses only web platform APIs, which Node 20
 * has as well.
 */
import { fromBase64, toBase64 } from './base64'
import { ImportError } from './errors'
import { MAX_IMPORT_BYTES } from './format'

export const TEXT_PREFIX = 'HBI1.'
/** A compressed text may not unpack to more than this (a "zip bomb" is refused, not unpacked). */
const MAX_UNPACKED_BYTES = 4 * MAX_IMPORT_BYTES

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new ImportError('too-large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

export async function encodeText(json: string): Promise<string> {
  const payload = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
  return `${TEXT_PREFIX}${await sha256Hex(payload)}.${toBase64(payload)}`
}

/** E-mail quote marks and whitespace: never part of the text form, so removed wherever they are. */
const NOISE = /[\s>]+/g

/** Whether the input is the text form, even when quoted in an e-mail reply or wrapped by a mail program. */
export const looksLikeText = (input: string): boolean =>
  input.slice(0, 1000).replace(NOISE, '').startsWith(TEXT_PREFIX)

/**
 * Returns the JSON inside a pasted text. Whitespace and e-mail quote marks (`>`, nested `> >`) are
 * ignored. A text that ends before its parts are complete, or whose base64 is not padded to whole
 * groups of four as this app writes it, is "truncated"; a complete-looking text whose checksum
 * differs is "checksum" (a text cut at exactly a group boundary lands here too: the bytes cannot
 * tell "cut" from "changed", so that message names both).
 */
export async function decodeText(input: string): Promise<string> {
  const compact = input.replace(NOISE, '')
  if (!compact.startsWith(TEXT_PREFIX)) throw new ImportError('not-export')
  const [checksum = '', body = '', ...rest] = compact.slice(TEXT_PREFIX.length).split('.')
  if (rest.length || !/^[0-9a-f]*$/.test(checksum) || !/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
    throw new ImportError('damaged')
  }
  if (checksum.length < 64 || !body || body.length % 4) throw new ImportError('truncated')
  if (checksum.length > 64) throw new ImportError('damaged')
  let payload: Uint8Array
  try {
    payload = fromBase64(body)
  } catch {
    throw new ImportError('damaged')
  }
  if ((await sha256Hex(payload)) !== checksum) throw new ImportError('checksum')
  try {
    const unpacked = await pipe(payload, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES)
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked)
  } catch (err) {
    if (err instanceof ImportError) throw err
    throw new ImportError('damaged')
  }
}
