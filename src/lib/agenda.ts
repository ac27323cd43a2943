/** Agenda clock maths. Pure: times are minutes since midnight of the workshop's day. */
import { usableMinutes } from './safe-format'

const DAY = 24 * 60

export interface Range {
  min: number
  max: number
}

/** "09:30" → 570; anything else (stored data may hold a number or null) → null. */
export function parseClock(value: unknown): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(typeof value === 'string' ? value.trim() : '')
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null
}

/** 570 → "09:30"; times past midnight wrap around (1470 → "00:30"). */
export function formatClock(minutes: number): string {
  const wrapped = ((Math.round(minutes) % DAY) + DAY) % DAY
  const hours = Math.floor(wrapped / 60)
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`
}

/** How many days after the workshop's day a time falls (0 the same day, 1 the next …). */
export function dayOffset(minutes: number): number {
  return Math.floor(minutes / DAY)
}

export interface Slot {
  start: number
  end: number
}

/** Start and end of every item, one after the other from the start time. */
export function schedule(start: number, items: readonly { minutes: number }[]): Slot[] {
  let clock = start
  return items.map((item) => {
    // Stored minutes may be anything (NaN, "zehn", 1e15): such an item takes no time on the clock.
    const slot = { start: clock, end: clock + usableMinutes(item.minutes) }
    clock = slot.end
    return slot
  })
}

/** An item's place on the clock as the planner shows it: "09:10", "09:32", and whether it ends after midnight. */
export interface ClockTime {
  start: string
  end: string
  nextDay: boolean
}

/**
 * The clock time of every item from the workshop's start and the durations before it; all null
 * without a start time, so the planner shows no made-up times.
 */
export function clockTimes(
  start: number | null,
  items: readonly { minutes: number }[],
): (ClockTime | null)[] {
  if (start === null) return items.map(() => null)
  return schedule(start, items).map((slot) => ({
    start: formatClock(slot.start),
    end: formatClock(slot.end),
    // An item ending exactly at midnight still belongs to the workshop's day.
    nextDay: dayOffset(slot.end - 1) > 0,
  }))
}

export function totalMinutes(items: readonly { minutes: number }[]): number {
  return items.reduce((sum, item) => sum + usableMinutes(item.minutes), 0)
}

/**
 * The planned end as minutes after the start's midnight. An end at or before the start means the
 * workshop runs past midnight.
 */
export function plannedEnd(start: number, end: number): number {
  return end > start ? end : end + DAY
}

/** Minutes the agenda runs past the planned end (0 or less: it fits). */
export function overrun(start: number, end: number, items: readonly { minutes: number }[]): number {
  return start + totalMinutes(items) - plannedEnd(start, end)
}

/** A method's typical time: the sum of its steps, kept inside its duration range. */
export function typicalMinutes(range: Range, steps: readonly { minutes: number }[] = []): number {
  const sum = steps.reduce((total, step) => total + step.minutes, 0)
  const guess = sum > 0 ? sum : Math.round((range.min + range.max) / 2)
  return Math.min(range.max, Math.max(range.min, guess))
}

export type RangeStatus = 'short' | 'long' | 'ok'

export function rangeStatus(minutes: number, range: Range | undefined): RangeStatus {
  if (!range) return 'ok'
  if (minutes < range.min) return 'short'
  return minutes > range.max ? 'long' : 'ok'
}

/** Moves one entry of a list; returns a new list (the same order when the move is impossible). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list]
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return copy
  const [moved] = copy.splice(from, 1)
  if (moved === undefined) return [...list]
  copy.splice(to, 0, moved)
  return copy
}

/** All materials of all items, each once, in order of first appearance (case-insensitive). */
export function mergeMaterials(lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>()
  for (const list of lists) {
    for (const entry of list) {
      const key = entry.trim().toLocaleLowerCase()
      if (key && !seen.has(key)) seen.set(key, entry.trim())
    }
  }
  return [...seen.values()]
}
