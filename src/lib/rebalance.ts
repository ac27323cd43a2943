/**
 * Rebalancing the rest of a workshop that runs late: first shorten items towards their minimum,
 * spread in proportion to how much each can give, then drop optional items from the end.
 */
import { usableMinutes } from './safe-format'

export interface RebalanceItem {
  id: string
  minutes: number
  /** The shortest the item may become; never undercut. Equal to `minutes` when it cannot shrink. */
  min: number
  optional: boolean
}

export interface RebalancePlan {
  /** New length of every item that is kept, by id. */
  minutes: Record<string, number>
  /** Ids of optional items suggested for dropping. */
  dropped: string[]
  /** Length of the kept items together. */
  total: number
  /** False when even all of that does not reach the budget; the plan is then the shortest possible. */
  fits: boolean
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** An item while the plan is worked out: its current length and whether it is still in. */
interface Slot {
  item: RebalanceItem
  minutes: number
  kept: boolean
}

/** Makes the items fit into `budget` minutes, changing as little as needed. */
export function rebalance(items: readonly RebalanceItem[], budget: number): RebalancePlan {
  const slots: Slot[] = items.map((item) => ({ item, minutes: usableMinutes(item.minutes), kept: true }))
  const kept = () => slots.filter((slot) => slot.kept)
  const total = () => sum(kept().map((slot) => slot.minutes))
  const target = Math.max(0, Math.floor(budget))
  let excess = total() - target
  if (excess > 0) excess -= shorten(slots, excess)

  const dropped: string[] = []
  for (const slot of [...slots].reverse()) {
    if (excess <= 0) break
    if (!slot.item.optional) continue
    dropped.push(slot.item.id)
    excess -= slot.minutes
    slot.kept = false
  }
  // Dropping may have freed more than needed: give the surplus back to the shortened items.
  if (excess < 0) lengthen(slots, -excess)
  return {
    minutes: Object.fromEntries(kept().map((slot) => [slot.item.id, slot.minutes])),
    dropped: dropped.reverse(),
    total: total(),
    fits: total() <= target,
  }
}

/** Takes up to `excess` minutes from the items above their minimum; returns what it took. */
function shorten(slots: Slot[], excess: number): number {
  const cuts = slots.map((slot) => ({
    slot,
    slack: Math.max(0, slot.minutes - Math.max(slot.item.min, 1)),
    minutes: 0,
  }))
  const available = sum(cuts.map((cut) => cut.slack))
  const take = Math.min(excess, available)
  if (take <= 0) return 0
  for (const cut of cuts) cut.minutes = Math.floor((take * cut.slack) / available)
  let rest = take - sum(cuts.map((cut) => cut.minutes))
  // Whole minutes only: the remainder goes one by one to the items with the most slack left.
  const order = [...cuts].sort((a, b) => b.slack - b.minutes - (a.slack - a.minutes))
  for (const cut of order) {
    if (rest <= 0) break
    if (cut.minutes < cut.slack) {
      cut.minutes += 1
      rest -= 1
    }
  }
  for (const cut of cuts) cut.slot.minutes -= cut.minutes
  return take
}

/** Gives back up to `spare` minutes to items that were shortened, never above their old length. */
function lengthen(slots: Slot[], spare: number): void {
  for (const slot of slots) {
    if (spare <= 0) return
    if (!slot.kept) continue
    const back = Math.min(spare, usableMinutes(slot.item.minutes) - slot.minutes)
    slot.minutes += back
    spare -= back
  }
}
