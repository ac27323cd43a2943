/**
 * A random agenda in the spirit of Retromat: for a purpose and a length, an opening, core methods
 * for that purpose, a break in longer sessions and a close, drawn from the method cards. Each item
 * that came from a card can be drawn again on its own ("shuffle"): slot i draws with the seed, its
 * index and how often it was shuffled, so the seed plus the shuffle counts reproduce the agenda.
 * Slot 0 is the opening, slot 1 the close, slots 2 … the core methods.
 * Pure; the caller names the custom items in the UI language.
 */
import type { Purpose } from './method-filter'
import { clampDraw, mixSeed, mulberry32 } from './prng'
import { BREAK_AFTER, type DraftItem } from './agenda-draft'

export interface PlanCard {
  id: string
  title: string
  purposes: readonly string[]
  duration: { min: number; max: number }
}

export interface PlanRequest {
  purpose: Purpose
  /** The whole length in minutes; the agenda adds up to it exactly. */
  minutes: number
  seed: number
  /** How often each slot was shuffled, by slot index; a missing entry is 0. */
  rolls?: readonly number[]
}

export interface PlanTitles {
  welcome: string
  checkIn: string
  break: string
  close: string
  /** Time left over when no card fits it exactly. */
  buffer: string
}

export interface PlanItem {
  item: DraftItem
  /** The slot whose shuffle count redraws this item; null for the fixed items (welcome, break …). */
  slot: number | null
}

/** The lengths offered, in minutes. */
export const PLAN_LENGTHS = [60, 90, 120, 180, 240] as const
const WELCOME = 5
const BREAK = 15
/** Opening and close are short: cards that can be done in this many minutes. */
const SHORT = 15
const SHORT_TARGET = 10
/** About this many minutes per core method. */
const CORE_SHARE = 45

const item = (fields: Pick<DraftItem, 'kind' | 'title' | 'minutes'> & Partial<DraftItem>): DraftItem => ({
  responsible: '',
  notes: '',
  optional: false,
  ...fields,
})

const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, value))

export function randomPlan(cards: readonly PlanCard[], request: PlanRequest, titles: PlanTitles): PlanItem[] {
  // Sorted by id, so the draw does not depend on the order the cards arrive in (or their language).
  const deck = [...cards].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const used = new Set<string>()
  const draw = (slot: number, candidates: readonly PlanCard[]) => {
    const random = mulberry32(mixSeed(request.seed, slot, request.rolls?.[slot] ?? 0))
    const card = candidates[clampDraw(random(), candidates.length)]
    if (card) used.add(card.id)
    return card ?? null
  }
  const short = (purpose: string) =>
    deck.filter((c) => c.purposes.includes(purpose) && c.duration.min <= SHORT && !used.has(c.id))
  const cardItem = (card: PlanCard, minutes: number) =>
    item({ kind: 'method', methodId: card.id, title: card.title, minutes })

  const opener = draw(0, short('team-building'))
  const opening: PlanItem = opener
    ? { item: cardItem(opener, clamp(SHORT_TARGET, opener.duration)), slot: 0 }
    : { item: item({ kind: 'check-in', title: titles.checkIn, minutes: SHORT_TARGET }), slot: null }
  // The close is drawn before the core methods, so shuffling a core method never changes it.
  const closer = draw(1, short('reflect'))
  const closing: PlanItem = closer
    ? { item: cardItem(closer, clamp(SHORT_TARGET, closer.duration)), slot: 1 }
    : { item: item({ kind: 'text', title: titles.close, minutes: SHORT_TARGET }), slot: null }

  const withBreak = request.minutes > BREAK_AFTER
  const budget =
    request.minutes - WELCOME - opening.item.minutes - closing.item.minutes - (withBreak ? BREAK : 0)
  const count = Math.max(1, Math.round(budget / CORE_SHARE))
  const core: PlanItem[] = []
  let leftover = 0
  for (let i = 0; i < count; i++) {
    // Whole five minutes read better on an agenda; the last method takes what is left.
    const even = Math.floor(budget / count / 5) * 5
    const share = i === count - 1 ? budget - even * (count - 1) : even
    const fitting = deck.filter(
      (c) => c.purposes.includes(request.purpose) && !used.has(c.id) && c.duration.min <= share,
    )
    // A card that can fill the whole share is better than one that leaves a gap.
    const filling = fitting.filter((c) => c.duration.max >= share)
    const card = draw(i + 2, filling.length > 0 ? filling : fitting)
    if (!card) {
      leftover += share
      continue
    }
    const minutes = Math.min(share, card.duration.max)
    leftover += share - minutes
    core.push({ item: cardItem(card, minutes), slot: i + 2 })
  }
  if (withBreak) {
    const breakItem = { item: item({ kind: 'break', title: titles.break, minutes: BREAK }), slot: null }
    core.splice(Math.ceil(core.length / 2), 0, breakItem)
  }
  const buffer: PlanItem[] =
    leftover > 0
      ? [{ item: item({ kind: 'text', title: titles.buffer, minutes: leftover }), slot: null }]
      : []
  return [
    { item: item({ kind: 'welcome', title: titles.welcome, minutes: WELCOME }), slot: null },
    opening,
    ...core,
    ...buffer,
    closing,
  ]
}
