import type { Method } from '@/content/schema'
import { newId } from '@/db/ids'
import type { WorkshopItem, WorkshopItemKind } from '@/model'
import { typicalMinutes } from '@/lib/agenda'
import type { DraftItem } from '@/lib/agenda-draft'

export const CUSTOM_KINDS = ['welcome', 'check-in', 'break', 'text'] as const satisfies WorkshopItemKind[]
export type CustomKind = (typeof CUSTOM_KINDS)[number]

const CUSTOM_MINUTES: Record<CustomKind, number> = { welcome: 10, 'check-in': 10, break: 15, text: 15 }

/** An agenda item from a method card, at the method's typical length. */
export function methodItem(method: Pick<Method, 'id' | 'title' | 'duration' | 'steps'>): WorkshopItem {
  return {
    id: newId(),
    kind: 'method',
    methodId: method.id,
    title: method.title,
    minutes: typicalMinutes(method.duration, method.steps),
    responsible: '',
    notes: '',
    optional: false,
  }
}

export function customItem(kind: CustomKind, title: string): WorkshopItem {
  return {
    id: newId(),
    kind,
    title,
    minutes: CUSTOM_MINUTES[kind],
    responsible: '',
    notes: '',
    optional: false,
  }
}

/** A drafted item (from a template, a random plan or a step) as it is stored: with its own id. */
export const withId = (draft: DraftItem): WorkshopItem => ({ id: newId(), ...draft })
