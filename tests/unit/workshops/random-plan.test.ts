import { describe, expect, it } from 'vitest'
import { mixSeed, mulberry32, newSeed, parseSeed } from '../../../src/lib/prng'
import { PLAN_LENGTHS, randomPlan, type PlanCard, type PlanRequest } from '../../../src/lib/random-plan'

const card = (id: string, purposes: string[], min: number, max: number): PlanCard => ({
  id,
  title: `Title of ${id}`,
  purposes,
  duration: { min, max },
})
const CARDS: PlanCard[] = [
  card('check-in', ['team-building', 'reflect'], 5, 15),
  card('warm-up', ['team-building', 'generate-ideas'], 5, 15),
  card('five-fingers', ['reflect'], 10, 15),
  card('dot-vote', ['decide', 'reflect'], 10, 15),
  card('brainwriting', ['generate-ideas'], 20, 45),
  card('crazy-eights', ['generate-ideas'], 15, 30),
  card('how-might-we', ['generate-ideas', 'explore-needs'], 60, 120),
  card('idea-sketch', ['generate-ideas', 'plan'], 30, 120),
  card('future-theatre', ['generate-ideas', 'test'], 90, 150),
  card('creative-wheel', ['generate-ideas'], 30, 45),
  card('world-cafe', ['explore-needs'], 75, 150),
]
const TITLES = { welcome: 'Welcome', checkIn: 'Check-in', break: 'Break', close: 'Close', buffer: 'Buffer' }
const plan = (request: Partial<PlanRequest> = {}) =>
  randomPlan(CARDS, { purpose: 'generate-ideas', minutes: 90, seed: 4711, ...request }, TITLES)
const titles = (items: ReturnType<typeof plan>) => items.map((p) => p.item.title)
const total = (items: ReturnType<typeof plan>) => items.reduce((sum, p) => sum + p.item.minutes, 0)

describe('the seeded random number generator', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true)
    expect(mulberry32(43)()).not.toBe(first[0])
    expect(mixSeed(1, 2, 0)).not.toBe(mixSeed(1, 2, 1))
  })

  it('reads seeds from a link and makes new ones in range', () => {
    expect(parseSeed('123456')).toBe(123456)
    expect(parseSeed(' 7 ')).toBe(7)
    expect(parseSeed('0')).toBeNull()
    expect(parseSeed('1234567')).toBeNull()
    expect(parseSeed('12a')).toBeNull()
    expect(parseSeed(undefined)).toBeNull()
    expect(newSeed(() => 0)).toBe(1)
    expect(newSeed(() => 0.9999999)).toBe(999_999)
  })
})

describe('a random plan', () => {
  it('gives the same agenda for the same seed', () => {
    expect(plan()).toEqual(plan())
    expect(titles(plan({ seed: 99 }))).toEqual(titles(plan({ seed: 99 })))
  })

  it('gives a different agenda for a different seed', () => {
    const seen = new Set([1, 2, 3, 4, 5, 6].map((seed) => titles(plan({ seed })).join('|')))
    expect(seen.size).toBeGreaterThan(1)
  })

  it('fits the length exactly, opens and closes, and breaks only long sessions', () => {
    for (const minutes of PLAN_LENGTHS) {
      for (const seed of [1, 17, 4711, 999_999]) {
        const items = plan({ minutes, seed })
        expect(total(items)).toBe(minutes)
        expect(items[0].item.kind).toBe('welcome')
        expect(items.some((p) => p.item.kind === 'break')).toBe(minutes > 90)
        expect(new Set(items.flatMap((p) => p.item.methodId ?? [])).size).toBe(
          items.filter((p) => p.item.methodId).length,
        )
      }
    }
  })

  it('draws the core methods from the chosen purpose, opening and close from short cards', () => {
    const items = plan({ minutes: 180 })
    const byId = new Map(CARDS.map((c) => [c.id, c]))
    const core = items.filter((p) => p.slot !== null && p.slot >= 2)
    expect(core.length).toBeGreaterThan(1)
    for (const p of core) expect(byId.get(p.item.methodId!)?.purposes).toContain('generate-ideas')
    expect(byId.get(items[1].item.methodId!)?.purposes).toContain('team-building')
    expect(byId.get(items.at(-1)!.item.methodId!)?.purposes).toContain('reflect')
  })

  it('shuffles one item and keeps the others', () => {
    const before = plan({ minutes: 120 })
    const slot = before.find((p) => p.slot === 2)!
    let after = before
    for (let roll = 1; roll < 10 && after[before.indexOf(slot)].item.title === slot.item.title; roll++)
      after = plan({ minutes: 120, rolls: [0, 0, roll] })
    expect(after[before.indexOf(slot)].item.title).not.toBe(slot.item.title)
    expect(after[1].item.title).toBe(before[1].item.title)
    expect(after.at(-1)!.item.title).toBe(before.at(-1)!.item.title)
  })

  it('falls back to own items when the handbook has no fitting cards', () => {
    const items = randomPlan([], { purpose: 'decide', minutes: 60, seed: 5 }, TITLES)
    expect(titles(items)).toEqual(['Welcome', 'Check-in', 'Buffer', 'Close'])
    expect(total(items)).toBe(60)
  })
})
