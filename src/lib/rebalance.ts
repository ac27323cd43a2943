/**
 * Rebalancing the rest of a workshop that runs late: first shorten items towards their minimum,
 * spread in proportion to how much each can give, then drop optional items from the end.
 */

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

/** Makes the items fit into `budget` minutes, changing as little as needed. */
export function rebalance(items: readonly RebalanceItem[], budget: number): RebalancePlan {
  const minutes: Record<string, number> = {}
  for (const item of items) minutes[item.id] = Math.max(item.minutes, 0)
  const total = () => sum(Object.values(minutes))
  const target = Math.max(0, Math.floor(budget))
  let excess = total() - target
  if (excess > 0) excess -= shorten(items, minutes, excess)

  const dropped: string[] = []
  for (const item of [...items].reverse()) {
    if (excess <= 0) break
    if (!item.optional) continue
    dropped.push(item.id)
    excess -= minutes[item.id]
    delete minutes[item.id]
  }
  // Dropping may have freed more than needed: give the surplus back to the shortened items.
  if (excess < 0) lengthen(items, minutes, -excess)
  return { minutes, dropped: dropped.reverse(), total: total(), fits: total() <= target }
}

/** Takes up to `excess` minutes from the items above their minimum; returns what it took. */
function shorten(items: readonly RebalanceItem[], minutes: Record<string, number>, excess: number): number {
  const slack = items.map((item) => Math.max(0, minutes[item.id] - Math.max(item.min, 1)))
  const available = sum(slack)
  const take = Math.min(excess, available)
  if (take <= 0) return 0
  const cuts = slack.map((s) => Math.floor((take * s) / available))
  let rest = take - sum(cuts)
  // Whole minutes only: the remainder goes one by one to the items with the most slack left.
  const order = items.map((_, i) => i).sort((a, b) => slack[b] - cuts[b] - (slack[a] - cuts[a]))
  for (const i of order) {
    if (rest <= 0) break
    if (cuts[i] < slack[i]) {
      cuts[i] += 1
      rest -= 1
    }
  }
  items.forEach((item, i) => (minutes[item.id] -= cuts[i]))
  return take
}

/** Gives back up to `spare` minutes to items that were shortened, never above their old length. */
function lengthen(items: readonly RebalanceItem[], minutes: Record<string, number>, spare: number): void {
  for (const item of items) {
    if (spare <= 0) return
    if (!(item.id in minutes)) continue
    const back = Math.min(spare, item.minutes - minutes[item.id])
    minutes[item.id] += back
    spare -= back
  }
}
