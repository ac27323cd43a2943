/** Plain-text exports of a workshop: the agenda as text lines and Markdown. Pure. */
import { formatDay } from './safe-format'

export interface AgendaRow {
  start: string
  end: string
  title: string
  minutes: number
  responsible: string
  notes: string
}

export interface WorkshopSummary {
  title: string
  date: string | null
  startTime: string | null
  place: string
  goal: string
  rows: AgendaRow[]
  materials: string[]
}

export interface Capture {
  kind: 'note' | 'decision' | 'action'
  text: string
  itemTitle: string
  owner?: string
  due?: string
}

export interface ExportLabels {
  /** The reader's language ("de", "en"): dates are written as they read them. */
  locale: string
  date: string
  place: string
  goal: string
  agenda: string
  time: string
  item: string
  responsible: string
  notes: string
  materials: string
  results: string
  owner: string
  due: string
  minutes: (n: number) => string
  kinds: Record<Capture['kind'], string>
}

/** How every workshop export (Markdown, handout, summary) writes a day. */
export const DAY_STYLE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}

/**
 * A stored day ("2026-12-01") as the reader writes it: "Dienstag, 1. Dezember 2026",
 * "Tuesday 1 December 2026". A value that is no real day (an imported file) stays as it is.
 */
export function readableDay(value: string, locale: string): string {
  return formatDay(value, locale, DAY_STYLE) ?? value
}

/** One line per item: "09:00–09:10 Check-in (10 min)". */
export function agendaLines(rows: readonly AgendaRow[], minutes: (n: number) => string): string[] {
  return rows.map((row) => `${row.start}–${row.end} ${row.title} (${minutes(row.minutes)})`)
}

/** User text inside a Markdown table cell: no pipes, no line breaks, no HTML. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .trim()
}

export function workshopMarkdown(w: WorkshopSummary, captures: readonly Capture[], l: ExportLabels): string {
  const out = [`# ${inline(w.title)}`, '']
  const facts: [string, string][] = [
    [l.date, [w.date && readableDay(w.date, l.locale), w.startTime].filter(Boolean).join(', ')],
    [l.place, w.place],
    [l.goal, w.goal],
  ]
  for (const [label, value] of facts) if (value.trim()) out.push(`- **${label}:** ${inline(value)}`)
  out.push('', `## ${l.agenda}`, '')
  out.push(`| ${l.time} | ${l.item} | ${l.responsible} | ${l.notes} |`, '| --- | --- | --- | --- |')
  for (const row of w.rows) {
    const time = `${row.start}–${row.end} (${l.minutes(row.minutes)})`
    out.push(`| ${time} | ${cell(row.title)} | ${cell(row.responsible)} | ${cell(row.notes)} |`)
  }
  if (w.materials.length) {
    out.push('', `## ${l.materials}`, '', ...w.materials.map((m) => `- ${inline(m)}`))
  }
  if (captures.length) {
    out.push('', `## ${l.results}`, '')
    for (const c of captures) {
      const extra = [
        c.owner && `${l.owner}: ${inline(c.owner)}`,
        c.due && `${l.due}: ${inline(readableDay(c.due, l.locale))}`,
      ]
      const suffix = extra.filter(Boolean).join(', ')
      out.push(
        `- **${l.kinds[c.kind]}** (${inline(c.itemTitle)}): ${inline(c.text)}${suffix ? ` – ${suffix}` : ''}`,
      )
    }
  }
  return out.join('\n') + '\n'
}
