import { describe, expect, it } from 'vitest'
import { workshopIcs } from '../../../src/lib/workshop-ics'
import {
  agendaLines,
  readableDay,
  workshopMarkdown,
  type ExportLabels,
} from '../../../src/lib/workshop-export'

/** A small RFC 5545 reader for the test: unfolds lines and unescapes text values. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true)
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  const lines: string[] = []
  for (const line of physical) {
    if (/^[ \t]/.test(line)) lines[lines.length - 1] += line.slice(1)
    else lines.push(line)
  }
  const stack: string[] = []
  const props: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') stack.push(value)
    else if (name === 'END') expect(stack.pop()).toBe(value)
    else if (stack.at(-1) === 'VEVENT')
      props[name.split(';')[0]] = value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1')
  }
  expect(stack).toEqual([])
  return { lines, props }
}

const rows = [
  { start: '23:30', end: '23:40', title: 'Check-in', minutes: 10, responsible: 'Aylin', notes: '' },
  {
    start: '23:40',
    end: '00:25',
    title: 'World Café; Runde 1, 2',
    minutes: 45,
    responsible: '',
    notes: 'a|b',
  },
]

describe('workshop exports', () => {
  it('writes an iCalendar file that reads back with the agenda in the description', () => {
    const description = ['Ziel: Ideen sammeln', '', ...agendaLines(rows, (n) => `${n} Min.`)].join('\n')
    const text = workshopIcs({
      id: 'w1',
      title: 'Zukunftswerkstatt Straßenbäume mit einem sehr langen Titel, der umbrochen werden muss',
      date: '2026-12-01',
      startTime: '23:30',
      minutes: 55,
      place: 'Raum 4.12, Rotes Rathaus',
      description,
      timeZone: 'Europe/Berlin',
    })
    expect(text).not.toBeNull()
    const { lines, props } = parseIcs(text!)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    expect(props.UID).toBe('w1@handbuch-interaktiv')
    // 23:30 in Berlin in winter (UTC+1) is 22:30 UTC.
    expect(props.DTSTART).toBe('20261201T223000Z')
    expect(props.DURATION).toBe('PT55M')
    expect(props.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/)
    expect(props.SUMMARY).toBe(
      'Zukunftswerkstatt Straßenbäume mit einem sehr langen Titel, der umbrochen werden muss',
    )
    expect(props.LOCATION).toBe('Raum 4.12, Rotes Rathaus')
    expect(props.DESCRIPTION).toBe(description)
    expect(props.DESCRIPTION).toContain('23:40–00:25 World Café; Runde 1, 2 (45 Min.)')
  })

  it('gives the right UTC instant for a Berlin 09:30 start in summer and in winter', () => {
    const start = (date: string, timeZone: string) =>
      parseIcs(
        workshopIcs({
          id: 'w',
          title: 'T',
          date,
          startTime: '09:30',
          minutes: 90,
          place: '',
          description: '',
          timeZone,
        })!,
      ).props.DTSTART
    // Summer time (CEST, UTC+2) and winter time (CET, UTC+1).
    expect(start('2026-07-15', 'Europe/Berlin')).toBe('20260715T073000Z')
    expect(start('2026-12-01', 'Europe/Berlin')).toBe('20261201T083000Z')
    // The days the clocks change: 29 March 2026 (to summer), 25 October 2026 (to winter).
    expect(start('2026-03-29', 'Europe/Berlin')).toBe('20260329T073000Z')
    expect(start('2026-10-25', 'Europe/Berlin')).toBe('20261025T083000Z')
    // Another zone, so the zone is really used.
    expect(start('2026-07-15', 'America/New_York')).toBe('20260715T133000Z')
  })

  it('gives no file without a valid date and time', () => {
    const input = {
      id: 'w',
      title: 'T',
      date: '',
      startTime: '09:00',
      minutes: 5,
      place: '',
      description: '',
    }
    expect(workshopIcs(input)).toBeNull()
    expect(workshopIcs({ ...input, date: '2026-01-01', startTime: 'neun' })).toBeNull()
  })

  it('writes Markdown of the agenda and the captured results, with user text kept as text', () => {
    const labels: ExportLabels = {
      locale: 'de',
      date: 'Datum',
      place: 'Ort',
      goal: 'Ziel',
      agenda: 'Ablauf',
      time: 'Zeit',
      item: 'Punkt',
      responsible: 'Verantwortlich',
      notes: 'Notizen',
      materials: 'Material',
      results: 'Ergebnisse',
      owner: 'Wer',
      due: 'Bis',
      minutes: (n) => `${n} Min.`,
      kinds: { note: 'Notiz', decision: 'Entscheidung', action: 'Aufgabe' },
    }
    const md = workshopMarkdown(
      {
        title: 'Werkstatt',
        date: '2026-12-01',
        startTime: '23:30',
        place: '',
        goal: 'Ideen',
        rows,
        materials: ['Stifte'],
      },
      [
        { kind: 'decision', text: 'Wir testen <b>zwei</b> Standorte', itemTitle: 'World Café' },
        { kind: 'action', text: 'Einladung', itemTitle: 'Check-in', owner: 'Aylin', due: '2026-12-05' },
      ],
      labels,
    )
    expect(md).toContain('# Werkstatt')
    // Dates as the reader writes them, never as stored.
    expect(md).toContain('- **Datum:** Dienstag, 1. Dezember 2026, 23:30')
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(md).not.toContain('**Ort:**')
    expect(md).toContain('| 23:40–00:25 (45 Min.) | World Café; Runde 1, 2 |  | a\\|b |')
    expect(md).toContain('## Material\n\n- Stifte')
    expect(md).toContain('- **Entscheidung** (World Café): Wir testen &lt;b&gt;zwei&lt;/b&gt; Standorte')
    expect(md).toContain('- **Aufgabe** (Check-in): Einladung – Wer: Aylin, Bis: Samstag, 5. Dezember 2026')

    const english = workshopMarkdown(
      {
        title: 'Workshop',
        date: '2026-12-01',
        startTime: null,
        place: '',
        goal: '',
        rows: [],
        materials: [],
      },
      [{ kind: 'action', text: 'Invite', itemTitle: 'Check-in', due: '2026-12-05' }],
      { ...labels, locale: 'en', date: 'Date', due: 'Due' },
    )
    expect(english).toContain('- **Date:** Tuesday, December 1, 2026\n')
    expect(english).toContain('Due: Saturday, December 5, 2026')
  })

  it('writes a day in the reader’s language and keeps a value that is no day as it is', () => {
    expect(readableDay('2026-03-12', 'de')).toBe('Donnerstag, 12. März 2026')
    expect(readableDay('2026-03-12', 'en')).toBe('Thursday, March 12, 2026')
    expect(readableDay('2026-02-31', 'de')).toBe('2026-02-31')
    expect(readableDay('morgen', 'en')).toBe('morgen')
  })
})
