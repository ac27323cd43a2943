/**
 * Agendas made for the facilitator rather than typed: from an agenda template, from a wizard step's
 * methods. Pure; the workshops feature gives each item its id when it stores the workshop.
 */
import type { AgendaTemplate } from '@/content/schema'
import type { WorkshopItem } from '@/model'

/** An agenda item before it is stored. */
export type DraftItem = Omit<WorkshopItem, 'id'>

const draft = (fields: Pick<DraftItem, 'kind' | 'title' | 'minutes'> & Partial<DraftItem>): DraftItem => ({
  responsible: '',
  notes: '',
  optional: false,
  ...fields,
})

/** A template's items as agenda items: same titles, minutes, method references and notes. */
export function templateDraft(template: Pick<AgendaTemplate, 'items'>): DraftItem[] {
  return template.items.map((item) =>
    draft({
      kind: item.method ? 'method' : (item.kind ?? 'text'),
      ...(item.method ? { methodId: item.method } : {}),
      title: item.title,
      minutes: item.minutes,
      notes: item.note ?? '',
    }),
  )
}

/** The words of the items a step's methods are wrapped in, in the UI language. */
export interface WrapTitles {
  welcome: string
  checkIn: string
  break: string
  close: string
}

/** A session longer than this gets a break between its methods. */
export const BREAK_AFTER = 90
const WRAP_MINUTES = { welcome: 10, checkIn: 10, break: 15, close: 10 }

/**
 * A step's methods as a workshop: a welcome and a check-in before them, a close after them, and for
 * a session longer than 90 minutes a break at the method boundary nearest the middle.
 */
export function wrapMethods(
  methods: readonly { id: string; title: string; minutes: number }[],
  titles: WrapTitles,
): DraftItem[] {
  const core = methods.map((m) =>
    draft({ kind: 'method', methodId: m.id, title: m.title, minutes: m.minutes }),
  )
  const open = [
    draft({ kind: 'welcome', title: titles.welcome, minutes: WRAP_MINUTES.welcome }),
    draft({ kind: 'check-in', title: titles.checkIn, minutes: WRAP_MINUTES.checkIn }),
  ]
  const close = draft({ kind: 'text', title: titles.close, minutes: WRAP_MINUTES.close })
  const length = [...open, ...core, close].reduce((sum, item) => sum + item.minutes, 0)
  if (length > BREAK_AFTER && core.length > 1) {
    const half = core.reduce((sum, item) => sum + item.minutes, 0) / 2
    let best = 1
    let elapsed = 0
    core.forEach((item, i) => {
      elapsed += item.minutes
      const boundary = i + 1
      if (boundary < core.length && Math.abs(elapsed - half) < Math.abs(sumTo(core, best) - half))
        best = boundary
    })
    core.splice(best, 0, draft({ kind: 'break', title: titles.break, minutes: WRAP_MINUTES.break }))
  }
  return [...open, ...core, close]
}

const sumTo = (items: readonly DraftItem[], end: number) =>
  items.slice(0, end).reduce((sum, item) => sum + item.minutes, 0)
