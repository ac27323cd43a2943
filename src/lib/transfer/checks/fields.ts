/**
 * The building blocks of the export schema: texts with their limits, real calendar dates, ISO
 * timestamps and clock times, whole numbers in a range. Each refusal carries a problem code (see
 * `FieldProblem`) in its `params`, which `issues.ts` turns into the message the user reads.
 */
import * as z from 'zod/mini'
import { TEXT_LIMITS } from '@/model'
import type { FieldProblem } from '../errors'

// Zod compiles a fast path with `new Function` unless told not to; the app's Content-Security-Policy
// forbids that (and would report even the probe), so it always runs interpreted.
z.config({ jitless: true })

/** A refinement whose refusal names a problem code and, for ranges, the bounds. */
export const rule = <T>(
  ok: (value: T) => boolean,
  problem: FieldProblem,
  bounds?: { min: number; max: number },
) => z.refine<T>(ok, { params: { problem, ...bounds } })

export const text = (max: number) => z.string().check(z.maxLength(max))
export const id = z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id))
export const name = text(TEXT_LIMITS.name)
export const line = text(TEXT_LIMITS.line)
export const long = text(TEXT_LIMITS.long)

/** A whole number from `min` to `max`; a fraction or a huge number is refused with the range. */
export const whole = (min: number, max: number) =>
  z
    .number()
    .check(rule((n: number) => Number.isInteger(n) && n >= min && n <= max, 'out-of-range', { min, max }))

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/**
 * The years a day may lie in: any four-digit year a date field lets a person type (and the views
 * can show), so a backup of what was typed is always taken back.
 */
const DATE_YEARS = { min: 1, max: 9999 }
/** The years a record may have been written in: before 1990 or after 2200 a clock was wrong. */
const STAMP_YEARS = { min: 1990, max: 2200 }

function isCalendarDate(value: string, years: { min: number; max: number }): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < years.min || year > years.max) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  // 2026-02-31 becomes March 3rd: only a real day of the calendar survives the round trip.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A day as the date field stores it, "YYYY-MM-DD"; empty when none was chosen. */
export const dateOrEmpty = z
  .string()
  .check(rule((s: string) => s === '' || isCalendarDate(s, DATE_YEARS), 'not-date'))

const STAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/
/** When a record was written: an ISO timestamp with its time zone, as `toISOString()` gives it. */
export const timestamp = z.string().check(
  rule((s: string) => {
    const m = STAMP.exec(s)
    return !!m && isCalendarDate(m[1] as string, STAMP_YEARS) && !Number.isNaN(Date.parse(s))
  }, 'not-timestamp'),
)

/** A clock time as the time field stores it, "HH:MM" (seconds allowed); empty when none was chosen. */
export const timeOrEmpty = z
  .string()
  .check(rule((s: string) => s === '' || /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(s), 'not-time'))

const EPOCH = { min: Date.UTC(STAMP_YEARS.min, 0, 1), max: Date.UTC(STAMP_YEARS.max, 0, 1) }
/** A moment in epoch milliseconds, as the live timer stores it. */
export const epochMs = whole(EPOCH.min, EPOCH.max)
