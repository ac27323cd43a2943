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
    // Floating local time: the workshop happens at this clock time wherever the calendar is.
    start: [Number(day[1]), Number(day[2]), Number(day[3]), Math.floor(start / 60), start % 60],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: Math.max(1, input.minutes) },
    description: input.description,
    ...(input.place.trim() ? { location: input.place.trim() } : {}),
  })
  return error || !value ? null : refold(value)
}

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
