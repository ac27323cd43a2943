import { computed, type Ref } from 'vue'
import type { Method } from '@/content/schema'
import type { WorkshopItem } from '@/model'
import { clockTimes, mergeMaterials, parseClock } from '@/lib/agenda'
import { safeMinutes, usableMinutes } from '@/lib/safe-format'
import type { AgendaRow } from '@/lib/workshop-export'
import { useMethodIndex } from './useMethodIndex'

export interface AgendaView {
  item: WorkshopItem
  title: string
  method: Method | undefined
  /** The item's minutes, or null when the stored value is unusable (see safeMinutes). */
  minutes: number | null
  /** Clock times, or null without a start time. */
  start: string | null
  end: string | null
  nextDay: boolean
}

/** The agenda as the screen shows it: titles in the current language and clock times. */
export function useAgendaRows(items: Ref<WorkshopItem[]>, startTime: Ref<string | null>) {
  const { byId } = useMethodIndex()
  const rows = computed<AgendaView[]>(() => {
    const times = clockTimes(parseClock(startTime.value), items.value)
    return items.value.map((item, i) => {
      const method = item.methodId ? byId.value.get(item.methodId) : undefined
      const time = times[i]
      return {
        item,
        method,
        title: method?.title ?? item.title,
        minutes: safeMinutes(item.minutes),
        start: time?.start ?? null,
        end: time?.end ?? null,
        nextDay: time?.nextDay ?? false,
      }
    })
  })
  const materials = computed(() => mergeMaterials(rows.value.map((row) => row.method?.materials ?? [])))
  const exportRows = computed<AgendaRow[]>(() =>
    rows.value.map((row) => ({
      start: row.start ?? '',
      end: row.end ?? '',
      title: row.title,
      minutes: usableMinutes(row.item.minutes),
      responsible: row.item.responsible,
      notes: row.item.notes,
    })),
  )
  return { rows, materials, exportRows, methodsById: byId }
}
