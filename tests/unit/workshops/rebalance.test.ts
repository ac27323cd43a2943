import { describe, expect, it } from 'vitest'
import { rebalance, type RebalanceItem } from '../../../src/lib/rebalance'

const items: RebalanceItem[] = [
  { id: 'a', minutes: 30, min: 20, optional: false },
  { id: 'b', minutes: 20, min: 20, optional: false },
  { id: 'c', minutes: 40, min: 20, optional: false },
]

describe('rebalance', () => {
  it('leaves a fitting agenda alone', () => {
    expect(rebalance(items, 90)).toEqual({
      minutes: { a: 30, b: 20, c: 40 },
      dropped: [],
      total: 90,
      fits: true,
    })
  })

  it('shortens in proportion to what each item can give and keeps the end time', () => {
    const plan = rebalance(items, 75)
    expect(plan.total).toBe(75)
    expect(plan.fits).toBe(true)
    expect(plan.minutes).toEqual({ a: 25, b: 20, c: 30 })
  })

  it('never goes below a minimum, and says when the end cannot be kept', () => {
    const plan = rebalance(items, 10)
    expect(plan.minutes).toEqual({ a: 20, b: 20, c: 20 })
    expect(plan.fits).toBe(false)
    expect(plan.dropped).toEqual([])
  })

  it('suggests dropping optional items, from the end, once shortening is not enough', () => {
    const withOptional: RebalanceItem[] = [
      { id: 'x', minutes: 15, min: 15, optional: true },
      ...items,
      { id: 'y', minutes: 10, min: 10, optional: true },
    ]
    // Minimums add up to 85; without "y" they are 75, so 3 of the 10 freed minutes go back.
    const plan = rebalance(withOptional, 78)
    expect(plan.dropped).toEqual(['y'])
    expect(plan.total).toBe(78)
    expect(plan.fits).toBe(true)
    for (const item of withOptional) {
      if (plan.minutes[item.id] !== undefined) expect(plan.minutes[item.id]).toBeGreaterThanOrEqual(item.min)
    }
    expect(rebalance(withOptional, 60).dropped).toEqual(['x', 'y'])
  })

  it('handles whole minutes without losing any', () => {
    const odd = [
      { id: 'a', minutes: 17, min: 5, optional: false },
      { id: 'b', minutes: 13, min: 4, optional: false },
      { id: 'c', minutes: 11, min: 10, optional: false },
    ]
    const plan = rebalance(odd, 30)
    expect(plan.total).toBe(30)
    expect(plan.minutes.c).toBeGreaterThanOrEqual(10)
  })
})
