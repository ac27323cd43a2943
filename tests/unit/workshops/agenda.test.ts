import { describe, expect, it } from 'vitest'
import {
  clockTimes,
  dayOffset,
  formatClock,
  mergeMaterials,
  moveItem,
  overrun,
  parseClock,
  rangeStatus,
  schedule,
  typicalMinutes,
} from '../../../src/lib/agenda'

describe('agenda clock maths', () => {
  it('reads and writes clock times', () => {
    expect(parseClock('09:30')).toBe(570)
    expect(parseClock('9:05')).toBe(545)
    expect(parseClock('24:00')).toBeNull()
    expect(parseClock('')).toBeNull()
    expect(formatClock(570)).toBe('09:30')
  })

  it('gives every item its start and end from the start time', () => {
    const slots = schedule(parseClock('09:00')!, [{ minutes: 10 }, { minutes: 45 }, { minutes: 15 }])
    expect(slots.map((s) => `${formatClock(s.start)}–${formatClock(s.end)}`)).toEqual([
      '09:00–09:10',
      '09:10–09:55',
      '09:55–10:10',
    ])
  })

  it('carries a workshop past midnight into the next day', () => {
    const slots = schedule(parseClock('23:30')!, [{ minutes: 20 }, { minutes: 30 }, { minutes: 15 }])
    expect(slots.map((s) => formatClock(s.end))).toEqual(['23:50', '00:20', '00:35'])
    expect(slots.map((s) => dayOffset(s.start))).toEqual([0, 0, 1])
    // Planned end 00:30 the next day: the agenda (65 min) runs 5 minutes over.
    expect(overrun(parseClock('23:30')!, parseClock('00:30')!, [{ minutes: 65 }])).toBe(5)
    expect(overrun(parseClock('23:30')!, parseClock('00:40')!, [{ minutes: 65 }])).toBe(-5)
  })

  it('defaults a method to its typical time inside its range', () => {
    expect(typicalMinutes({ min: 5, max: 15 }, [{ minutes: 1 }, { minutes: 8 }, { minutes: 1 }])).toBe(10)
    expect(typicalMinutes({ min: 30, max: 60 }, [{ minutes: 5 }])).toBe(30)
    expect(typicalMinutes({ min: 30, max: 60 }, [{ minutes: 90 }])).toBe(60)
    expect(typicalMinutes({ min: 30, max: 60 })).toBe(45)
  })

  it('warns outside the range', () => {
    expect(rangeStatus(4, { min: 5, max: 15 })).toBe('short')
    expect(rangeStatus(16, { min: 5, max: 15 })).toBe('long')
    expect(rangeStatus(15, { min: 5, max: 15 })).toBe('ok')
    expect(rangeStatus(500, undefined)).toBe('ok')
  })

  it('gives the planner a clock time per row, which a move or a changed length shifts', () => {
    const items = [
      { id: 'welcome', minutes: 5 },
      { id: 'check-in', minutes: 10 },
      { id: 'break', minutes: 15 },
    ]
    const start = parseClock('09:00')
    const shown = (list: typeof items) => clockTimes(start, list).map((time) => `${time?.start}–${time?.end}`)
    expect(shown(items)).toEqual(['09:00–09:05', '09:05–09:15', '09:15–09:30'])
    // The break moved to the top: everything after it starts 15 minutes later.
    expect(shown(moveItem(items, 2, 0))).toEqual(['09:00–09:15', '09:15–09:20', '09:20–09:30'])
    // A longer welcome pushes every following row; the rows before it stay.
    expect(shown(items.map((item) => (item.id === 'welcome' ? { ...item, minutes: 12 } : item)))).toEqual([
      '09:00–09:12',
      '09:12–09:22',
      '09:22–09:37',
    ])
  })

  it('shows no clock times without a start, and marks rows that end after midnight', () => {
    expect(clockTimes(null, [{ minutes: 10 }])).toEqual([null])
    expect(clockTimes(parseClock('23:40'), [{ minutes: 20 }, { minutes: 15 }])).toEqual([
      // Ending exactly at midnight still belongs to the workshop's day.
      { start: '23:40', end: '00:00', nextDay: false },
      { start: '00:00', end: '00:15', nextDay: true },
    ])
  })

  it('moves items and merges materials', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b'])
    expect(
      mergeMaterials([
        ['Stifte', 'Post-its'],
        ['post-its ', 'Flipchart'],
      ]),
    ).toEqual(['Stifte', 'Post-its', 'Flipchart'])
  })
})
