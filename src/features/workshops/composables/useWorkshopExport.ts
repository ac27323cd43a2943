import { useI18n } from '@/app/i18n'
import type { LogbookEntry, Workshop } from '@/model'
import { totalMinutes } from '@/lib/agenda'
import { slugify } from '@/lib/text'
import { agendaLines, workshopMarkdown, type AgendaRow, type ExportLabels } from '@/lib/workshop-export'

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Markdown and calendar files of a workshop, in the current language. */
export function useWorkshopExport() {
  const { t, locale } = useI18n()
  const minutes = (n: number) => t('workshopPlanner.minutesShort', { n })
  const labels = (): ExportLabels => ({
    locale: locale.value,
    date: t('workshopPlanner.fields.date'),
    place: t('workshopPlanner.fields.place'),
    goal: t('workshopPlanner.fields.goal'),
    agenda: t('workshopPlanner.agenda'),
    time: t('workshopPlanner.fields.startTime'),
    item: t('workshopPlanner.itemTitle'),
    responsible: t('workshopPlanner.responsible'),
    notes: t('workshopPlanner.notes'),
    materials: t('workshopPlanner.allMaterials'),
    results: t('workshopPlanner.results'),
    owner: t('workshopPlanner.capture.owner'),
    due: t('workshopPlanner.capture.due'),
    minutes,
    kinds: {
      note: t('workshopPlanner.capture.kinds.note'),
      decision: t('workshopPlanner.capture.kinds.decision'),
      action: t('workshopPlanner.capture.kinds.action'),
    },
  })
  const fileName = (w: Workshop, ext: string) => `${slugify(w.title) || 'workshop'}.${ext}`

  function markdown(w: Workshop, rows: AgendaRow[], materials: string[], captures: LogbookEntry[]): string {
    const titleOf = (id?: string) => rows[w.items.findIndex((item) => item.id === id)]?.title ?? ''
    const results = captures.map((c) => ({
      kind: c.kind as 'note' | 'decision' | 'action',
      text: c.text,
      itemTitle: titleOf(c.agendaItemId),
      owner: c.owner,
      due: c.due,
    }))
    const text = workshopMarkdown({ ...w, rows, materials }, results, labels())
    const name = fileName(w, 'md')
    download(name, 'text/markdown;charset=utf-8', text)
    return name
  }

  /** Returns the file name, or null when the workshop has no valid date and start. */
  async function calendar(w: Workshop, rows: AgendaRow[]): Promise<string | null> {
    const { workshopIcs } = await import('@/lib/workshop-ics')
    const goal = w.goal.trim() ? [`${t('workshopPlanner.fields.goal')}: ${w.goal.trim()}`, ''] : []
    const text = workshopIcs({
      id: w.id,
      title: w.title,
      date: w.date ?? '',
      startTime: w.startTime ?? '',
      minutes: totalMinutes(w.items),
      place: w.place,
      description: [...goal, `${t('workshopPlanner.agenda')}:`, ...agendaLines(rows, minutes)].join('\n'),
    })
    if (!text) return null
    const name = fileName(w, 'ics')
    download(name, 'text/calendar;charset=utf-8', text)
    return name
  }

  return { markdown, calendar }
}
