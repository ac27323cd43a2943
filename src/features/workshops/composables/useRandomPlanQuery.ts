import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { PURPOSES } from '@/content/codes'
import type { Purpose } from '@/lib/method-filter'
import { parseSeed } from '@/lib/prng'
import { PLAN_LENGTHS } from '@/lib/random-plan'

/** The random plan's settings as they stand in the URL, so a shared link shows the same plan. */
export interface PlanQuery {
  purpose: Purpose
  minutes: number
  seed: number
  /** How often each slot was shuffled (see src/lib/random-plan.ts). */
  rolls: number[]
}

const KEYS = { purpose: 'zweck', minutes: 'dauer', seed: 'seed', rolls: 'mischen' } as const

const text = (value: unknown) => (typeof value === 'string' ? value : '')
/** "0.2.1" → [0, 2, 1]; anything unreadable counts as not shuffled. */
const parseRolls = (value: unknown) =>
  text(value)
    .split('.')
    .slice(0, 50)
    .map((n) => (/^\d{1,4}$/.test(n) ? Number(n) : 0))

/** Reads and writes the plan in the query of the current route; null while no plan is asked for. */
export function useRandomPlanQuery() {
  const route = useRoute()
  const router = useRouter()
  const plan = computed<PlanQuery | null>(() => {
    const query = route.query
    const purpose = text(query[KEYS.purpose]) as Purpose
    const minutes = Number(text(query[KEYS.minutes]))
    const seed = parseSeed(query[KEYS.seed])
    if (!PURPOSES.includes(purpose) || !(PLAN_LENGTHS as readonly number[]).includes(minutes) || !seed)
      return null
    return { purpose, minutes, seed, rolls: parseRolls(query[KEYS.rolls]) }
  })

  /** Replaces the plan in the URL (no new history entry per shuffle). */
  function show(next: PlanQuery) {
    const rolls = next.rolls.some((n) => n > 0) ? next.rolls.join('.') : undefined
    void router.replace({
      query: {
        ...route.query,
        [KEYS.purpose]: next.purpose,
        [KEYS.minutes]: String(next.minutes),
        [KEYS.seed]: String(next.seed),
        [KEYS.rolls]: rolls,
      },
    })
  }
  return { plan, show }
}
