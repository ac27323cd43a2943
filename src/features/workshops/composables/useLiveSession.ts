import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { Workshop, WorkshopItem, WorkshopTimer } from '@/model'
import { formatClock } from '@/lib/agenda'
import * as timers from '@/lib/live-timer'
import { usableMinutes } from '@/lib/safe-format'
import type { RebalancePlan } from '@/lib/rebalance'

const MINUTE = 60_000

/** Clock time of an epoch instant on this device: "14:05". */
export function clockOf(ms: number): string {
  const date = new Date(ms)
  return formatClock(date.getHours() * 60 + date.getMinutes())
}

/**
 * The state of a live session. Every value is computed from the stored timer and `now`, which only
 * samples Date.now(); every action writes the timer back at once, so a reload resumes exactly.
 */
export function useLiveSession(id: string) {
  const { data, ready, error } = useLiveQuery(id, (key, repos) => repos.workshops.get(key), undefined)
  // Shown at once after an action, then replaced by what storage (or another tab) reports. While
  // our own writes are in flight, a live-query result may still show an older state; it is ignored,
  // and the stored record is read once the last write has landed.
  const workshop = shallowRef<Workshop | undefined>()
  let pendingWrites = 0
  watch(data, (stored) => pendingWrites === 0 && (workshop.value = stored), { immediate: true })
  const now = ref(Date.now())
  // Each tick is timed to the moment the countdown's second changes (a fixed 250 ms poll showed it
  // up to 250 ms late, beyond the display's own rounding); a late tick still reads Date.now().
  let tick: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    tick = setTimeout(
      () => {
        now.value = Date.now()
        schedule()
      },
      timers.msUntilNextSecond(remaining.value, running.value),
    )
  }
  onScopeDispose(() => clearTimeout(tick))

  const items = computed(() => workshop.value?.items ?? [])
  const timer = computed(() => workshop.value?.timer ?? null)
  const index = computed(() => timer.value?.index ?? 0)
  const current = computed<WorkshopItem | undefined>(() => items.value[index.value])
  const next = computed<WorkshopItem | undefined>(() => items.value[index.value + 1])
  const running = computed(() => !!timer.value && timers.isRunning(timer.value))
  const finished = computed(
    () => !!timer.value && items.value.length > 0 && index.value >= items.value.length,
  )
  const remaining = computed(() => {
    if (!current.value) return 0
    const minutes = usableMinutes(current.value.minutes)
    return timer.value ? timers.remainingMs(timer.value, minutes, now.value) : minutes * MINUTE
  })
  schedule()
  // A start, pause or jump (here, from storage or from another tab) moves the next change of the
  // countdown: sample the clock and time the tick anew. Sampling matters: the pending tick is
  // replaced, so without it a late tick that lost to this change would leave an old `now` shown.
  watch(timer, () => {
    now.value = Date.now()
    clearTimeout(tick)
    schedule()
  })
  const level = computed(() =>
    current.value ? timers.warning(remaining.value, current.value.minutes) : 'ok',
  )
  const progress = computed(() => (timer.value ? timers.progress(timer.value, items.value, now.value) : 0))
  const fresh = (at: number) =>
    timers.createTimer(at, items.value, timers.plannedEndToday(workshop.value?.endTime, at))
  const expectedEnd = computed(() =>
    timers.expectedEnd(timer.value ?? fresh(now.value), items.value, now.value),
  )

  async function save(next: WorkshopTimer | null, changedItems?: WorkshopItem[]) {
    now.value = Date.now()
    if (workshop.value)
      workshop.value = { ...workshop.value, timer: next, items: changedItems ?? items.value }
    pendingWrites++
    try {
      await (
        await loadRepositories()
      ).workshops.update(id, changedItems ? { timer: next, items: changedItems } : { timer: next })
    } finally {
      pendingWrites--
      if (pendingWrites === 0) workshop.value = await (await loadRepositories()).workshops.get(id)
    }
  }

  const stamp = () => Date.now()
  const base = () => timer.value ?? fresh(stamp())

  return {
    workshop,
    ready,
    error,
    now,
    items,
    timer,
    index,
    current,
    next,
    running,
    finished,
    remaining,
    level,
    progress,
    expectedEnd,
    toggle: () => save(running.value ? timers.pause(base(), stamp()) : timers.start(base(), stamp())),
    goTo: (to: number) => save(timers.goTo(base(), to, items.value.length, stamp())),
    /** "Sitzung beenden": past the last item, where the summary shows; the agenda stays as it is. */
    end: () =>
      save(timers.pause(timers.goTo(base(), items.value.length, items.value.length, stamp()), stamp())),
    /** "Neu starten": no timer, as before the first start (a rehearsal must not block the real run). */
    restart: () => save(null),
    /** Lengthens or shortens the current item by `delta` minutes (never below one). */
    adjust(delta: number) {
      if (!current.value) return
      const minutes = Math.max(1, usableMinutes(current.value.minutes) + delta)
      const changed = items.value.map((item, i) => (i === index.value ? { ...item, minutes } : item))
      return save(base(), changed)
    },
    /** Applies a rebalancing plan to the items after the current one. */
    rebalance(plan: RebalancePlan) {
      const kept = items.value.filter((item, i) => i <= index.value || !plan.dropped.includes(item.id))
      const changed = kept.map((item, i) => {
        const minutes = plan.minutes[item.id]
        return i > index.value && minutes !== undefined ? { ...item, minutes } : item
      })
      return save(base(), changed)
    },
    linkProject: async (projectId: string) => (await loadRepositories()).workshops.update(id, { projectId }),
  }
}

export type LiveSession = ReturnType<typeof useLiveSession>
