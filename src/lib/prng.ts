/**
 * A small seeded random number generator, so a random agenda can be shared as a link and comes out
 * the same on every machine. Pure; no dependency: mulberry32 is a dozen lines and good enough for
 * picking cards.
 */

/** The largest seed shown to people: six digits are easy to read out and to type. */
export const MAX_SEED = 999_999

/** mulberry32: a 32-bit state, numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One 32-bit number from several (FNV-1a over their digits), so each draw has its own stream. */
export function mixSeed(...parts: readonly number[]): number {
  let hash = 0x811c9dc5
  for (const char of parts.join(':')) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** A seed from a URL or a form: a whole number from 1 to MAX_SEED, else null. */
export function parseSeed(value: unknown): number | null {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!/^\d{1,6}$/.test(text)) return null
  const seed = Number(text)
  return seed >= 1 && seed <= MAX_SEED ? seed : null
}

/** A fresh seed; `random` is injectable so tests can fix it. */
export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * MAX_SEED)
}

/** A number in [0, 1) as an index into a list of `length` entries. */
export function clampDraw(random: number, length: number): number {
  return Math.min(length - 1, Math.floor(random * length))
}
