/** Search speed over the full content: index build time and query times for realistic queries. */
import type { Handbook } from '../src/content/schema.ts'
import { createSearchIndex } from '../src/lib/search.ts'
import { foldGerman } from '../src/lib/text.ts'
import { percentile, timeEach } from './stats.ts'

/**
 * 100 queries per language, shaped like what people type: whole titles, a word, a prefix while
 * typing, German words without umlauts, and small typos.
 */
export function realisticQueries(handbook: Handbook): string[] {
  const words = [...handbook.methods, ...handbook.steps, ...handbook.pages].flatMap((d) =>
    d.title.split(/[\s:–-]+/).filter((w) => w.length > 4),
  )
  const terms = handbook.terms.map((t) => t.term)
  const queries: string[] = []
  for (let i = 0; queries.length < 100; i++) {
    const word = words[(i * 7) % words.length]
    switch (i % 5) {
      case 0:
        queries.push(handbook.methods[i % handbook.methods.length].title)
        break
      case 1:
        queries.push(word.slice(0, 4))
        break
      case 2:
        queries.push(foldGerman(terms[i % terms.length]))
        break
      case 3:
        queries.push(word.slice(0, -2) + word.at(-1) + word.at(-2))
        break
      default:
        queries.push(`${word} ${words[(i * 13) % words.length].slice(0, 3)}`)
    }
  }
  return queries
}

export function benchSearch(handbooks: Handbook[]) {
  const buildTimes: number[] = []
  const queryTimes: number[] = []
  for (const handbook of handbooks) {
    let search: ((q: string) => unknown) | null = null
    buildTimes.push(...timeEach([handbook], (h) => (search = createSearchIndex(h))))
    const queries = realisticQueries(handbook)
    queryTimes.push(...timeEach(queries, (q) => search!(q)))
  }
  return {
    indexBuildMs: Math.max(...buildTimes),
    queries: queryTimes.length,
    queryP50Ms: percentile(queryTimes, 50),
    queryP95Ms: percentile(queryTimes, 95),
  }
}
