import { describe, expect, it } from 'vitest'
import { schedule, totalMinutes } from '../../../src/lib/agenda'
import {
  formatDay,
  formatTimestamp,
  parseDay,
  parseTimestamp,
  safeMinutes,
  usableMinutes,
} from '../../../src/lib/safe-format'

describe('stored dates', () => {
  it('formats real days and timestamps in the reader’s locale', () => {
    expect(formatDay('2026-03-12', 'de-DE')).toBe('12.03.2026')
    expect(formatDay('2026-02-28', 'en-GB')).toBe('28 Feb 2026')
    expect(
      formatTimestamp('2026-03-12T13:05:00.000Z', 'de-DE', { dateStyle: 'short', timeZone: 'UTC' }),
    ).toBe('12.03.26')
    expect(parseTimestamp('2026-01-01T00:00:00.000Z')?.toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect(parseTimestamp(Date.UTC(2026, 0, 1))).toBeNull()
  })

  it.each([
    '31.02.2026',
    '2026-02-31',
    '0000-00-00T00:00:00Z',
    '0000-01-01',
    '99999-12-31',
    '2026-13-01',
    '2026-02-29T25:00:00Z',
    'gestern',
    '',
    null,
    undefined,
    42e20,
    Number.NaN,
    {},
    [],
  ])('gives null for the impossible date %j instead of throwing', (value) => {
    expect(formatDay(value, 'de-DE')).toBeNull()
    expect(formatTimestamp(value, 'de-DE')).toBeNull()
  })

  it('knows leap years and the years Intl can write', () => {
    expect(parseDay('2024-02-29')).not.toBeNull()
    expect(parseDay('2025-02-29')).toBeNull()
    expect(parseDay('0001-01-01')?.getFullYear()).toBe(1)
    expect(parseDay('9999-12-31')?.getFullYear()).toBe(9999)
  })
})

describe('stored minutes', () => {
  it('keeps whole minutes from one to a day, reading digit strings of older files', () => {
    expect(safeMinutes(15)).toBe(15)
    expect(safeMinutes(14.6)).toBe(15)
    expect(safeMinutes('20')).toBe(20)
    expect(safeMinutes(1440)).toBe(1440)
  })

  it.each([-30, 0, Number.NaN, null, undefined, 1e15, Infinity, -Infinity, 'zehn', '1e3', {}, [10], true])(
    'rejects %j',
    (value) => {
      expect(safeMinutes(value)).toBeNull()
      expect(usableMinutes(value)).toBe(0)
    },
  )

  it('lets a bad duration take no time in the agenda, so the other times stay right', () => {
    const items = [
      { minutes: 30 },
      { minutes: Number.NaN },
      { minutes: 'zehn' as unknown as number },
      { minutes: 15 },
    ]
    expect(totalMinutes(items)).toBe(45)
    expect(schedule(540, items).map((slot) => [slot.start, slot.end])).toEqual([
      [540, 570],
      [570, 570],
      [570, 570],
      [570, 585],
    ])
  })
})
