/** The workshop as an iCalendar file (RFC 5545), written by the `ics` library. */
import { createEvent } from 'ics'
import { parseClock } from './agenda'

export interface IcsInput {
  id: string
  title: string
  /** "YYYY-MM-DD" */
  date: string
  /** "HH:MM" */
  startTime: string
  minutes: number
  place: string
  description: string
  /**
   * The IANA time zone the date and start time are meant in; the device's own by default, since the
   * facilitator plans where the workshop happens.
   */
  timeZone?: string
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, without a time-zone library: start from the
 * time read as UTC, ask Intl what the zone's clock shows at that instant, and correct by the
 * difference (twice, so a daylight-saving change between the two guesses is still right).
 */
export function zonedToUtc(
  [year, month, day, hour, minute]: [number, number, number, number, number],
  timeZone: string,
): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute)
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  const shown = (instant: number) => {
    const part = (type: string) => Number(format.formatToParts(instant).find((p) => p.type === type)!.value)
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'))
  }
  let instant = wanted
  for (let i = 0; i < 2; i++) instant += wanted - shown(instant)
  return new Date(instant)
}

/** The file's text, or null when the date or time cannot be read. */
export function workshopIcs(input: IcsInput): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.date)
  const start = parseClock(input.startTime)
  if (!day || start === null) return null
  const { error, value } = createEvent({
    productId: 'handbuch-interaktiv',
    uid: `${input.id}@handbuch-interaktiv`,
    title: input.title,
    // A UTC time ("…Z"): a floating local time is read in the calendar's own zone, so a colleague
    // abroad, or a calendar set to UTC, would get the wrong hour.
    start: utcParts(
      zonedToUtc(
        [Number(day[1]), Number(day[2]), Number(day[3]), Math.floor(start / 60), start % 60],
        input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      ),
    ),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: Math.max(1, input.minutes) },
    description: input.description,
    ...(input.place.trim() ? { location: input.place.trim() } : {}),
  })
  return error || !value ? null : refold(value)
}

const utcParts = (date: Date): [number, number, number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
]

/**
 * RFC 5545 (3.1) limits content lines to 75 octets; `ics` folds at 75 characters, which is too long
 * for German text in UTF-8. Unfold its output and fold again by octets, never inside a character.
 */
export function refold(text: string): string {
  const encoder = new TextEncoder()
  const lines = text.split('\r\n').reduce<string[]>((all, line) => {
    if (/^[ \t]/.test(line) && all.length) all[all.length - 1] += line.slice(1)
    else all.push(line)
    return all
  }, [])
  const folded = lines.map((line) => {
    const parts: string[] = []
    let current = ''
    let octets = 0
    for (const char of line) {
      const size = encoder.encode(char).length
      // The first line may hold 75 octets; continuation lines 74 after their leading space.
      if (octets + size > (parts.length ? 74 : 75)) {
        parts.push(current)
        current = ''
        octets = 0
      }
      current += char
      octets += size
    }
    parts.push(current)
    return parts.join('\r\n ')
  })
  return folded.join('\r\n')
}
