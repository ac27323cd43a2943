import { describe, expect, it } from 'vitest'
import {
  createTimer,
  plannedEndToday,
  elapsedMs,
  expectedEnd,
  formatCountdown,
  goTo,
  msUntilNextSecond,
  pause,
  progress,
  remainingMs,
  start,
  warning,
} from '../../../src/lib/live-timer'

const MIN = 60_000
const items = [{ minutes: 10 }, { minutes: 20 }, { minutes: 30 }]

describe('live timer', () => {
  it('computes the time from stored timestamps, across pauses', () => {
    let timer = start(createTimer(0, items), 1_000)
    expect(timer.targetEnd).toBe(60 * MIN)
    expect(elapsedMs(timer, 1_000 + 3 * MIN)).toBe(3 * MIN)
    timer = pause(timer, 1_000 + 3 * MIN)
    // A paused timer does not move, however long the laptop sleeps.
    expect(elapsedMs(timer, 10 * 60 * MIN)).toBe(3 * MIN)
    timer = start(timer, 100 * MIN)
    expect(remainingMs(timer, 10, 102 * MIN)).toBe(5 * MIN)
  })

  it('aims at the planned end when one is entered and still ahead, else at the agenda’s length', () => {
    // Planned 09:30–11:00, started at 10:00 with 60 minutes of agenda: the room is left at 11:00.
    const tenOClock = new Date(2026, 11, 1, 10, 0).getTime()
    const eleven = plannedEndToday('11:00', tenOClock)
    expect(eleven).toBe(new Date(2026, 11, 1, 11, 0).getTime())
    expect(createTimer(tenOClock, items, eleven).targetEnd).toBe(eleven)
    // A planned end already past (a rehearsal in the afternoon) falls back to the agenda's length.
    const past = plannedEndToday('09:45', tenOClock)
    expect(createTimer(tenOClock, items, past).targetEnd).toBe(tenOClock + 60 * MIN)
    expect(plannedEndToday('', tenOClock)).toBeNull()
    expect(plannedEndToday('25:00', tenOClock)).toBeNull()
  })

  it('warns at 20 % and 5 % left and when over', () => {
    expect(warning(3 * MIN, 10)).toBe('ok')
    expect(warning(2 * MIN, 10)).toBe('low')
    expect(warning(30_000, 10)).toBe('critical')
    expect(warning(-1, 10)).toBe('over')
  })

  it('moves between items, starting each from zero', () => {
    const timer = start(createTimer(0, items), 0)
    const next = goTo(timer, 1, items.length, 12 * MIN)
    expect(next).toMatchObject({ index: 1, elapsedMs: 0, runningSince: 12 * MIN })
    const done = goTo(next, 3, items.length, 20 * MIN)
    expect(done.runningSince).toBeNull()
    expect(goTo(done, -4, 3, 0).index).toBe(0)
  })

  it('tells the expected end and the progress', () => {
    const timer = start(createTimer(0, items), 0)
    expect(expectedEnd(timer, items, 4 * MIN)).toBe(60 * MIN)
    // Five minutes over in the first item: the end moves by five minutes.
    expect(expectedEnd(timer, items, 15 * MIN)).toBe(65 * MIN)
    expect(progress(timer, items, 6 * MIN)).toBeCloseTo(0.1)
  })

  it('formats the countdown', () => {
    expect(formatCountdown(5 * MIN)).toBe('5:00')
    expect(formatCountdown(-90_000)).toBe('-1:30')
    expect(formatCountdown(62 * MIN)).toBe('1:02:00')
    expect(formatCountdown(400)).toBe('0:01')
  })

  it('times the next tick to the moment the shown countdown changes, also over time', () => {
    for (let remaining = -5_000; remaining <= 5_000; remaining += 37) {
      const delay = msUntilNextSecond(remaining, true)
      expect(delay).toBeGreaterThan(0)
      expect(delay).toBeLessThanOrEqual(1000)
      expect(formatCountdown(remaining - delay)).not.toBe(formatCountdown(remaining))
      if (delay > 1) expect(formatCountdown(remaining - delay + 1)).toBe(formatCountdown(remaining))
    }
    expect(msUntilNextSecond(89_400, true)).toBe(400)
    expect(msUntilNextSecond(90_000, true)).toBe(1000)
    expect(msUntilNextSecond(0, true)).toBe(1)
  })

  it('polls once a second while paused, when the countdown stands still', () => {
    expect(msUntilNextSecond(-1_000, false)).toBe(1000)
    expect(msUntilNextSecond(12_345, false)).toBe(1000)
  })
})
