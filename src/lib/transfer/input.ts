/**
 * Turns what the user gave us (a file's bytes or a pasted text) into text the parser can read:
 * the encoding is detected instead of guessed, a byte-order mark is dropped, and a copy-paste text
 * that went through an e-mail reply (quote marks, wrapped lines, CRLF) is put back together.
 */
import { ImportError } from './errors'
import { looksLikeText } from './text'

/** How a file was read; anything but UTF-8 is named in the preview, so umlauts get checked. */
export type InputEncoding = 'utf-8' | 'windows-1252'

export interface DecodedInput {
  text: string
  encoding: InputEncoding
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
/**
 * Windows-1252 bytes 0x80–0x9f; the rest is Latin-1, one byte per code point. Written out because
 * Node 20's `TextDecoder('windows-1252')` decodes plain Latin-1 (0x80 as U+0080, not "€"). The
 * five bytes that Windows-1252 leaves undefined are empty and make the file unreadable.
 */
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'
/** Control characters that no text file holds: a file with them is binary, not Latin-1 text. */
const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d

function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const codes = Array.from(bytes.subarray(i, i + 0x8000), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : isControl(b) || b === 0x7f ? 0 : b,
    )
    if (codes.includes(0)) return null
    text += String.fromCharCode(...codes)
  }
  return text
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  const isTail = (i: number) => i < bytes.length && (bytes[i]! & 0xc0) === 0x80
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let tails = 1
    while (tails < length && isTail(i + tails)) tails++
    if (length && tails === length) return true
  }
  return false
}

/**
 * Reads a backup file's bytes. UTF-8 (with or without BOM) is read as it is; a file cut off inside
 * a character is read up to there (the parser then calls it truncated). A file that is not UTF-8
 * but plain Windows-1252/Latin-1 text (an editor re-saved it) is read as such and says so. Anything
 * else, including a mix of both encodings, is refused rather than shown garbled.
 */
export function decodeFile(bytes: Uint8Array): DecodedInput {
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    // Not UTF-8 as a whole; see below.
  }
  try {
    // With `stream`, an incomplete character at the very end is held back instead of failing.
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true }),
      encoding: 'utf-8',
    }
  } catch {
    // Invalid before the end.
  }
  // Real UTF-8 characters beside invalid bytes: partly converted, partly not; no reading is right.
  if (hasUtf8Sequence(body)) throw new ImportError('encoding')
  const text = decodeWindows1252(body)
  if (text === null) throw new ImportError('encoding')
  return { text, encoding: 'windows-1252' }
}

export type PreparedInput = { form: 'text'; text: string } | { form: 'json'; json: string }

const QUOTE = /^[ \t]*(?:>[ \t]?)+/

/**
 * Sorts a file's text or a pasted text into the copy-paste text form or JSON, dropping a byte-order
 * mark. The text form may arrive quoted in an e-mail reply ("> ", nested "> > ") and wrapped by a
 * mail program (line breaks, trailing spaces, CRLF); `decodeText` removes all of that, as its
 * alphabet has neither `>` nor spaces. JSON loses quote marks only when every line is quoted, as a
 * line of JSON could itself start with `>` inside a long text.
 */
export function prepareInput(input: string): PreparedInput {
  // In JavaScript, `\s` and `trim()` include U+FEFF, so the BOM goes with the whitespace.
  if (looksLikeText(input)) return { form: 'text', text: input }
  const json = input.trim()
  const lines = json.split(/\r?\n/)
  if (lines.every((line) => !line.trim() || QUOTE.test(line))) {
    return { form: 'json', json: lines.map((line) => line.replace(QUOTE, '')).join('\n') }
  }
  return { form: 'json', json }
}
