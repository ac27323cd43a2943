/**
 * The live timer of a workshop as pure functions of a stored state and the current time (epoch
 * milliseconds). Nothing counts ticks, so a reload or a sleeping laptop cannot skew it.
 */
import type { WorkshopTimer } from '@/model'
import { usableMinutes } from './safe-format'

const MINUTE = 60_000

export type TimerWarning = 'ok' | 'low' | 'critical' | 'over'

/**
 * A fresh timer. The target end is the room's hard stop when the workshop has a planned end that
 * still lies ahead (see `plannedEndToday`), else the agenda's length from now: planned 09:30–11:00
 * and started at 10:00, the team still has to leave the room at 11:00.
 */
export function createTimer(
  now: number,
  items: readonly { minutes: number }[],
  plannedEnd: number | null = null,
): WorkshopTimer {
  const total = sumMinutes(items)
  const targetEnd = plannedEnd !== null && plannedEnd > now ? plannedEnd : now + total * MINUTE
  return { index: 0, runningSince: null, elapsedMs: 0, targetEnd }
}

/**
 * The planned end ("HH:MM") as an instant on the day of `now`, on this device's clock; null when
 * there is none. The same clock time on the day of the session, since a rehearsal on another day
 * keeps to the same hard stop.
 */
export function plannedEndToday(endTime: string | null | undefined, now: number): number | null {
  const match = endTime ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(endTime) : null
  if (!match) return null
  const day = new Date(now)
  day.setHours(Number(match[1]), Number(match[2]), 0, 0)
  return day.getTime()
}

/** Stored minutes may be anything; a bad value counts as no time at all. */
const sumMinutes = (items: readonly { minutes: number }[]): number =>
  items.reduce((sum, item) => sum + usableMinutes(item.minutes), 0)

export function isRunning(timer: WorkshopTimer): boolean {
  return timer.runningSince !== null
}

export function elapsedMs(timer: WorkshopTimer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
}

export function start(timer: WorkshopTimer, now: number): WorkshopTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer
}

export function pause(timer: WorkshopTimer, now: number): WorkshopTimer {
  return timer.runningSince === null
    ? timer
    : { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null }
}

/** Moves to another item, which starts from zero; a running timer keeps running. */
export function goTo(timer: WorkshopTimer, index: number, count: number, now: number): WorkshopTimer {
  const next = Math.min(Math.max(index, 0), count)
  const running = timer.runningSince !== null && next < count
  return { ...timer, index: next, elapsedMs: 0, runningSince: running ? now : null }
}

/** Milliseconds left of the current item; negative when it runs over. */
export function remainingMs(timer: WorkshopTimer, minutes: number, now: number): number {
  return usableMinutes(minutes) * MINUTE - elapsedMs(timer, now)
}

/** Warnings at 20 % and 5 % of the item's time left, and once it is over. */
export function warning(remaining: number, minutes: number): TimerWarning {
  const planned = usableMinutes(minutes) * MINUTE
  if (remaining < 0) return 'over'
  if (remaining <= planned * 0.05) return 'critical'
  return remaining <= planned * 0.2 ? 'low' : 'ok'
}

/** When the session ends if the rest goes as planned from now on. */
export function expectedEnd(
  timer: WorkshopTimer,
  items: readonly { minutes: number }[],
  now: number,
): number {
  const current = items[timer.index]
  const left = current ? Math.max(0, remainingMs(timer, current.minutes, now)) : 0
  const later = sumMinutes(items.slice(timer.index + 1))
  return now + left + later * MINUTE
}

/** Share of the planned time that is behind us, 0–1. */
export function progress(timer: WorkshopTimer, items: readonly { minutes: number }[], now: number): number {
  const total = sumMinutes(items)
  if (total === 0) return timer.index >= items.length ? 1 : 0
  const done = sumMinutes(items.slice(0, timer.index))
  const current = items[timer.index]
  const partial = current ? Math.min(elapsedMs(timer, now) / MINUTE, usableMinutes(current.minutes)) : 0
  return Math.min(1, (done + partial) / total)
}

/**
 * Milliseconds until the countdown (whole seconds, see formatCountdown) shows its next value, so
 * the display changes on time instead of up to one polling interval late. Paused, nothing changes;
 * a slow poll then only keeps the clock times fresh.
 */
export function msUntilNextSecond(remaining: number, running: boolean): number {
  if (!running) return 1000
  if (remaining > 0) return remaining % 1000 || 1000
  // Over time the shown seconds round the overrun up, so they change just after each full second.
  const over = -remaining
  return Math.ceil(over / 1000) * 1000 - over + 1
}

/** "12:05", "-1:30" (over time), "1:02:00" for an hour or more. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000)
  const sign = ms < 0 && seconds > 0 ? '-' : ''
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`
}
