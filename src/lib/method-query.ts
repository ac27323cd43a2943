/**
 * The library's filter state as a URL query and back, so a filtered view can be bookmarked, shared
 * and reached with the back button. Keys are German like the paths. Unknown or malformed values are
 * dropped instead of failing, because URLs are typed and edited by people.
 */
import { LEVELS, PARTICIPATION, PURPOSES, SETTINGS } from '@/content/codes'
import { MAX_PHASES } from '@/model/limits'
import { emptyFilter, type MethodFilter, type PeopleRange } from './method-filter'

/** A parsed URL query as vue-router hands it over. */
export type QueryInput = Record<string, string | null | (string | null)[] | undefined>
export type QueryOutput = Record<string, string | string[]>

export const QUERY_KEYS = {
  text: 'q',
  phases: 'phase',
  purposes: 'zweck',
  minutes: 'minuten',
  people: 'personen',
  levels: 'niveau',
  settings: 'rahmen',
  participation: 'beteiligung',
  favouritesOnly: 'favoriten',
  step: 'schritt',
  collection: 'sammlung',
} as const satisfies Record<keyof MethodFilter, string>

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const UUID_OR_ID = /^[A-Za-z0-9-]{1,64}$/

function all(query: QueryInput, key: string): string[] {
  const value = query[key]
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((v) => (typeof v === 'string' ? v.split(',') : [])).filter(Boolean)
}

const first = (query: QueryInput, key: string): string | null => all(query, key)[0] ?? null

function positiveInt(text: string | null, max: number): number | null {
  if (text === null || !/^\d{1,5}$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= max ? n : null
}

const MAX_PEOPLE = 10_000

/** "12" is one group size, "10-20" a range, "10-" and "-20" one bound; anything else is dropped. */
function peopleFromQuery(text: string | null): PeopleRange | null {
  const match = text === null ? null : /^(\d{0,5})(?:-(\d{0,5}))?$/.exec(text)
  if (!match) return null
  const bound = (part: string | undefined) => (part ? positiveInt(part, MAX_PEOPLE) : null)
  const min = bound(match[1])
  const max = bound(match[2])
  // A bound that is there but not a group size ("0-5") spoils the whole value.
  if ((match[1] && min === null) || (match[2] && max === null)) return null
  return min === null && max === null ? null : { min, max }
}

function peopleToQuery(people: PeopleRange | null): string | null {
  if (!people || (people.min === null && people.max === null)) return null
  return people.max === null ? String(people.min) : `${people.min ?? ''}-${people.max}`
}

/** Keeps the allowed values, in their canonical order, without duplicates. */
const pick = <T extends string | number>(allowed: readonly T[], values: string[]): T[] =>
  allowed.filter((a) => values.includes(String(a)))

/**
 * `phaseCount`: how many phases the handbook has (its outline says); a phase it does not have is
 * dropped like any other unknown value. Until the outline is here, any phase a handbook may have.
 */
export function queryToFilter(query: QueryInput, phaseCount: number = MAX_PHASES): MethodFilter {
  const filter = emptyFilter()
  // The search text may contain commas, so it is taken whole.
  const text = query[QUERY_KEYS.text]
  filter.text = (Array.isArray(text) ? text[0] : text) ?? ''
  const phases = Array.from({ length: Math.min(phaseCount, MAX_PHASES) }, (_, i) => i + 1)
  filter.phases = pick(phases, all(query, QUERY_KEYS.phases))
  filter.purposes = pick(PURPOSES, all(query, QUERY_KEYS.purposes))
  filter.minutes = positiveInt(first(query, QUERY_KEYS.minutes), 24 * 60)
  filter.people = peopleFromQuery(first(query, QUERY_KEYS.people))
  filter.levels = pick(LEVELS, all(query, QUERY_KEYS.levels))
  filter.settings = pick(SETTINGS, all(query, QUERY_KEYS.settings))
  filter.participation = pick(PARTICIPATION, all(query, QUERY_KEYS.participation))
  filter.favouritesOnly = first(query, QUERY_KEYS.favouritesOnly) === '1'
  const step = first(query, QUERY_KEYS.step)
  filter.step = step && ID.test(step) ? step : null
  const collection = first(query, QUERY_KEYS.collection)
  filter.collection = collection && UUID_OR_ID.test(collection) ? collection : null
  return filter
}

/** Only the keys that differ from the empty filter, lists comma-separated: short, readable URLs. */
export function filterToQuery(filter: MethodFilter): QueryOutput {
  const query: QueryOutput = {}
  const list = (key: string, values: readonly (string | number)[]) => {
    if (values.length) query[key] = values.join(',')
  }
  if (filter.text.trim()) query[QUERY_KEYS.text] = filter.text
  list(QUERY_KEYS.phases, filter.phases)
  list(QUERY_KEYS.purposes, filter.purposes)
  if (filter.minutes !== null) query[QUERY_KEYS.minutes] = String(filter.minutes)
  const people = peopleToQuery(filter.people)
  if (people) query[QUERY_KEYS.people] = people
  list(QUERY_KEYS.levels, filter.levels)
  list(QUERY_KEYS.settings, filter.settings)
  list(QUERY_KEYS.participation, filter.participation)
  if (filter.favouritesOnly) query[QUERY_KEYS.favouritesOnly] = '1'
  if (filter.step) query[QUERY_KEYS.step] = filter.step
  if (filter.collection) query[QUERY_KEYS.collection] = filter.collection
  return query
}

/** Whether the query holds any filter at all (for "reset all" and empty states). */
export const isFiltered = (filter: MethodFilter): boolean => Object.keys(filterToQuery(filter)).length > 0
