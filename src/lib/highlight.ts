/**
 * Highlighting of search matches as plain text segments, so results are rendered with text
 * interpolation and never as HTML. Matching is German-aware: "massnahme" marks "Maßnahme".
 */
import { foldGerman } from './text'

export interface Segment {
  text: string
  match: boolean
}

/** The folded text and, for each folded character, the index of the source character it came from. */
function foldWithMap(text: string): { folded: string; source: number[] } {
  let folded = ''
  const source: number[] = []
  for (let i = 0; i < text.length; i++) {
    const piece = foldGerman(text.charAt(i))
    folded += piece
    for (let k = 0; k < piece.length; k++) source.push(i)
  }
  return { folded, source }
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch)

/** Source ranges [start, end) where a word starts with one of the (already folded) terms. */
function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const { folded, source } = foldWithMap(text)
  const ranges: [number, number][] = []
  for (const term of new Set(terms.filter(Boolean))) {
    let at = folded.indexOf(term)
    while (at !== -1) {
      const start = source[at]
      const end = source[at + term.length - 1]
      // Both exist: `at` is a match of a non-empty term inside `folded`, and `source` maps every index of it.
      if (!isWordChar(folded[at - 1]) && start !== undefined && end !== undefined) {
        ranges.push([start, end + 1])
      }
      at = folded.indexOf(term, at + 1)
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** Splits `text` into plain and matching segments. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = []
  let pos = 0
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > pos) segments.push({ text: text.slice(pos, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    pos = end
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), match: false })
  return segments
}

/**
 * A short passage of `text` around the first match, cut at word boundaries and marked with "…" where
 * it was cut. Without a match, the beginning of the text.
 */
export function excerpt(text: string, terms: readonly string[], length = 160): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return highlight(clean, terms)
  const first = matchRanges(clean, terms)[0]?.[0] ?? 0
  let start = Math.max(0, first - Math.floor(length / 3))
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > start ? clean.lastIndexOf(' ', end) : end
  const passage = `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`
  return highlight(passage, terms)
}
