import { describe, expect, it, vi } from 'vitest'
import {
  TYPING_GRACE_MS,
  busyReasons,
  holdBusy,
  isBusy,
  noteTyping,
  runWhenIdle,
} from '../../../src/lib/busy'

describe('busy flag', () => {
  it('is busy while a feature holds it, and free once every holder released it', () => {
    const start = 1_000_000
    expect(isBusy(start)).toBe(false)
    const stopTimer = holdBusy('workshop-timer')
    const stopOther = holdBusy('workshop-timer')
    expect(busyReasons(start)).toEqual(['workshop-timer'])
    stopTimer()
    expect(isBusy(start)).toBe(true)
    stopOther()
    stopOther()
    expect(isBusy(start)).toBe(false)
  })

  it('counts a focused text field and the seconds after the last keystroke as typing', () => {
    const typed = 2_000_000
    expect(isBusy(typed, true)).toBe(true)
    noteTyping(typed)
    expect(busyReasons(typed + 1000)).toEqual(['typing'])
    expect(isBusy(typed + TYPING_GRACE_MS)).toBe(false)
  })
})

describe('runWhenIdle', () => {
  it('runs at once when nobody is busy, else waits until the busy time is over', () => {
    vi.useFakeTimers()
    const action = vi.fn()
    expect(runWhenIdle(action, () => false)).toBe(true)
    expect(action).toHaveBeenCalledOnce()

    let timerRunning = true
    const later = vi.fn()
    expect(runWhenIdle(later, () => timerRunning, 2000)).toBe(false)
    vi.advanceTimersByTime(10_000)
    expect(later).not.toHaveBeenCalled()
    timerRunning = false
    vi.advanceTimersByTime(2000)
    expect(later).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(10_000)
    expect(later).toHaveBeenCalledOnce()
    vi.useRealTimers()
  })
})
