/**
 * Guards for stored values on their way to the screen. Stored data may come from an old version or
 * an imported file and hold anything, so every date and duration a view shows goes through here:
 * the helpers return null for a value that cannot be shown, and the view shows its placeholder
 * instead of "NaN", "Invalid Date" or a RangeError. Pure: no Vue, no DOM.
 */
import { MAX_ITEM_MINUTES } from '@/model'

/** The years a date may have: Intl and <input type="date"> accept four digits only. */
const MIN_YEAR = 1
const MAX_YEAR = 9999

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
// An ISO timestamp as the app writes it (toISOString), with or without seconds and zone.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/

/** Whether year, month and day name a real calendar day (no 31 February, no year 0). */
function realDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCDate() === day
}

/** A stored "YYYY-MM-DD" day as local midnight, or null when it is not a real day. */
export function parseDay(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const match = DAY.exec(value.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!realDay(year, month, day)) return null
  const date = new Date(2000, 0, 1)
  date.setFullYear(year, month - 1, day)
  return date
}

/**
 * A stored ISO timestamp as a Date, or null when it is impossible. Records keep their times as ISO
 * strings, so a number there is as wrong as "gestern".
 */
export function parseTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  const match = TIMESTAMP.exec(text)
  if (!match) return parseDay(text)
  if (!realDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null
  const date = new Date(text)
  return inRange(date) ? date : null
}

const inRange = (date: Date): boolean =>
  !Number.isNaN(date.getTime()) && date.getFullYear() >= MIN_YEAR && date.getFullYear() <= MAX_YEAR

/** "12.03.2026, 14:05" for a stored timestamp; null when it cannot be shown. */
export function formatTimestamp(
  value: unknown,
  locale: string,
  style: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string | null {
  const date = parseTimestamp(value)
  return date ? new Intl.DateTimeFormat(locale, style).format(date) : null
}

/** "12.03.2026" for a stored "YYYY-MM-DD" day; null when it is not a real day. */
export function formatDay(
  value: unknown,
  locale: string,
  style: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string | null {
  const date = parseDay(value)
  return date ? new Intl.DateTimeFormat(locale, style).format(date) : null
}

/** The longest agenda item that makes sense: one day (the import's limit too). Longer values are data errors. */
export const MAX_MINUTES = MAX_ITEM_MINUTES

/**
 * A stored duration in whole minutes (1 to one day), or null for anything else: negative, zero,
 * NaN, Infinity, 1e15, null, "zehn". Digit strings from older files are read as numbers.
 */
export function safeMinutes(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isFinite(number)) return null
  const minutes = Math.round(number)
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null
}

/** The minutes an item counts with in clock maths: a bad value counts as nothing. */
export const usableMinutes = (value: unknown): number => safeMinutes(value) ?? 0
