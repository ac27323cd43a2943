/**
 * Method filtering over the real cards: each change goes the way it goes in the library, from the
 * filter to the URL query and back (useMethodFilter), then through filterMethods (useLibrary).
 */
import { LEVELS, PARTICIPATION, PURPOSES, SETTINGS } from '../src/content/codes.ts'
import type { Handbook } from '../src/content/schema.ts'
import { emptyFilter, filterMethods, type MethodFilter } from '../src/lib/method-filter.ts'
import { filterToQuery, queryToFilter } from '../src/lib/method-query.ts'
import { percentile } from './stats.ts'

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value]

/**
 * A session of at least `count` filter changes as people make them: facets switched on and off,
 * limits set and cleared, words typed letter by letter and deleted again, and a reset now and then.
 */
export function filterSession(handbook: Handbook, count = 240): MethodFilter[] {
  const words = handbook.methods.flatMap((m) => m.title.split(/[\s:–-]+/).filter((w) => w.length > 4))
  const steps = handbook.steps.filter((s) => s.methods.length)
  const session: MethodFilter[] = []
  let filter = emptyFilter()
  const change = (next: Partial<MethodFilter>) => {
    filter = { ...filter, ...next }
    session.push(filter)
  }
  for (let i = 0; session.length < count; i++) {
    switch (i % 9) {
      case 0:
        change({ phases: toggle(filter.phases, (i % 5) + 1) })
        break
      case 1:
        change({ purposes: toggle(filter.purposes, PURPOSES[i % PURPOSES.length]) })
        break
      case 2: {
        // Typing a word, then deleting it letter by letter.
        const word = words[(i * 7) % words.length].toLowerCase()
        for (let n = 1; n <= word.length; n++) change({ text: word.slice(0, n) })
        for (let n = word.length - 1; n >= 0; n--) change({ text: word.slice(0, n) })
        break
      }
      case 3:
        change({ levels: toggle(filter.levels, LEVELS[i % LEVELS.length]) })
        break
      case 4:
        change({ minutes: filter.minutes === null ? [15, 30, 60, 90][i % 4] : null })
        break
      case 5:
        change({ settings: toggle(filter.settings, SETTINGS[i % SETTINGS.length]) })
        change({ participation: toggle(filter.participation, PARTICIPATION[i % PARTICIPATION.length]) })
        break
      case 6:
        change({
          people: filter.people === null ? { min: [5, 12, 10][i % 3], max: [null, null, 20][i % 3] } : null,
        })
        change({ favouritesOnly: !filter.favouritesOnly })
        break
      case 7:
        change({ step: filter.step === null ? steps[i % steps.length].id : null })
        break
      default:
        if (i % 4 === 0) change(emptyFilter())
    }
  }
  return session
}

export function benchFilter(handbooks: Handbook[]) {
  const times: number[] = []
  let cards = 0
  for (const handbook of handbooks) {
    cards = Math.max(cards, handbook.methods.length)
    const favourites = new Set(handbook.methods.filter((_, i) => i % 6 === 0).map((m) => m.id))
    for (const next of filterSession(handbook)) {
      const start = performance.now()
      const filter = queryToFilter(filterToQuery(next))
      const stepMethods = handbook.steps.find((s) => s.id === filter.step)?.methods
      filterMethods(handbook.methods, filter, { favourites, stepMethods })
      times.push(performance.now() - start)
    }
  }
  return {
    cards,
    changes: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
  }
}
