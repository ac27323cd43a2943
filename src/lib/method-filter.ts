/**
 * Filtering the method library: facets combine with AND, the values inside one facet with OR.
 * Pure, so the library, the print deck and the benchmark share one definition of "matches".
 */
import { LEVELS, PARTICIPATION, PURPOSES, SETTINGS } from '@/content/codes'
import type { MethodCard } from '@/content/parts'

/** A card with or without its body; the body's words count for the text search when it is there. */
type Filterable = MethodCard & { html?: string }
import { foldGerman } from './text'

export type Purpose = (typeof PURPOSES)[number]
export type Level = (typeof LEVELS)[number]
export type Setting = (typeof SETTINGS)[number]
export type Participation = (typeof PARTICIPATION)[number]

/**
 * The group sizes a facilitator asks for: "from" and "to" as typed, either may be empty (then the
 * other is the one number asked for). Kept as typed, so the form never rewrites a field mid-typing.
 */
export interface PeopleRange {
  min: number | null
  max: number | null
}

/** The asked range as numbers: one bound alone is one group size; a "to" below "from" is ignored. */
export function askedPeople({ min, max }: PeopleRange): [number, number] | null {
  const from = min ?? max
  if (from === null) return null
  const to = max ?? from
  return [from, Math.max(from, to)]
}

export interface MethodFilter {
  text: string
  phases: number[]
  purposes: Purpose[]
  /** "Fits into N minutes": the shortest version of the method takes at most N minutes. */
  minutes: number | null
  /** "Works for 10–20 people": the method's group size covers the whole range (see `askedPeople`). */
  people: PeopleRange | null
  levels: Level[]
  settings: Setting[]
  participation: Participation[]
  favouritesOnly: boolean
  /** Only the methods a wizard step recommends. */
  step: string | null
  /** Only the methods of one of the team's collections. */
  collection: string | null
}

/** What the filter needs besides the methods: the team's favourites and the lists it refers to. */
export interface FilterContext {
  favourites: ReadonlySet<string>
  stepMethods?: readonly string[] | null
  collectionMethods?: readonly string[] | null
}

export const emptyFilter = (): MethodFilter => ({
  text: '',
  phases: [],
  purposes: [],
  minutes: null,
  people: null,
  levels: [],
  settings: [],
  participation: [],
  favouritesOnly: false,
  step: null,
  collection: null,
})

const haystacks = new WeakMap<Filterable, string>()

/** Title, summary, purposes and body as one folded text, computed once per method object. */
function haystack(method: Filterable): string {
  let text = haystacks.get(method)
  if (text === undefined) {
    const body = method.html?.replace(/<[^>]+>/g, ' ') ?? ''
    text = foldGerman(`${method.title} ${method.summary} ${method.materials.join(' ')} ${body}`)
    haystacks.set(method, text)
  }
  return text
}

/** Every word of the search text must occur in the method (umlauts folded, case ignored). */
export function matchesText(method: Filterable, text: string): boolean {
  const words = foldGerman(text).split(/\s+/).filter(Boolean)
  if (!words.length) return true
  const target = haystack(method)
  return words.every((word) => target.includes(word))
}

export const fitsMinutes = (method: MethodCard, minutes: number): boolean => method.duration.min <= minutes

/** The method works for every group size in the asked range. */
export function worksForPeople(method: MethodCard, people: PeopleRange): boolean {
  const asked = askedPeople(people)
  return !asked || (method.groupSize.min <= asked[0] && asked[1] <= method.groupSize.max)
}

const anyOf = <T>(selected: readonly T[], values: readonly T[]) =>
  !selected.length || values.some((value) => selected.includes(value))

export function matches(method: Filterable, filter: MethodFilter, context: FilterContext): boolean {
  return (
    anyOf(filter.phases, method.phases) &&
    anyOf(filter.purposes, method.purposes) &&
    anyOf(filter.levels, [method.level]) &&
    anyOf(filter.settings, method.settings) &&
    anyOf(filter.participation, [method.participation]) &&
    (filter.minutes === null || fitsMinutes(method, filter.minutes)) &&
    (filter.people === null || worksForPeople(method, filter.people)) &&
    (!filter.favouritesOnly || context.favourites.has(method.id)) &&
    (filter.step === null || (context.stepMethods ?? []).includes(method.id)) &&
    (filter.collection === null || (context.collectionMethods ?? []).includes(method.id)) &&
    matchesText(method, filter.text)
  )
}

export function filterMethods<M extends Filterable>(
  methods: readonly M[],
  filter: MethodFilter,
  context: FilterContext,
): M[] {
  return methods.filter((method) => matches(method, filter, context))
}

/** One active filter value, as shown in a removable chip. */
export type ActiveFacet =
  | { facet: 'text'; value: string }
  | { facet: 'phases'; value: number }
  | { facet: 'purposes'; value: Purpose }
  | { facet: 'minutes'; value: number }
  | { facet: 'people'; value: [number, number] }
  | { facet: 'levels'; value: Level }
  | { facet: 'settings'; value: Setting }
  | { facet: 'participation'; value: Participation }
  | { facet: 'favouritesOnly'; value: true }
  | { facet: 'step'; value: string }
  | { facet: 'collection'; value: string }

export function activeFacets(filter: MethodFilter): ActiveFacet[] {
  const list: ActiveFacet[] = []
  if (filter.text.trim()) list.push({ facet: 'text', value: filter.text.trim() })
  if (filter.step) list.push({ facet: 'step', value: filter.step })
  if (filter.collection) list.push({ facet: 'collection', value: filter.collection })
  for (const value of filter.phases) list.push({ facet: 'phases', value })
  for (const value of filter.purposes) list.push({ facet: 'purposes', value })
  if (filter.minutes !== null) list.push({ facet: 'minutes', value: filter.minutes })
  const people = filter.people && askedPeople(filter.people)
  if (people) list.push({ facet: 'people', value: people })
  for (const value of filter.levels) list.push({ facet: 'levels', value })
  for (const value of filter.settings) list.push({ facet: 'settings', value })
  for (const value of filter.participation) list.push({ facet: 'participation', value })
  if (filter.favouritesOnly) list.push({ facet: 'favouritesOnly', value: true })
  return list
}

/** The filter without one active value (for the chip's remove button). */
export function withoutFacet(filter: MethodFilter, active: ActiveFacet): MethodFilter {
  const next = { ...filter }
  switch (active.facet) {
    case 'text':
      next.text = ''
      break
    case 'minutes':
    case 'people':
    case 'step':
    case 'collection':
      next[active.facet] = null
      break
    case 'favouritesOnly':
      next.favouritesOnly = false
      break
    default: {
      const key = active.facet
      next[key] = (filter[key] as unknown[]).filter((v) => v !== active.value) as never
    }
  }
  return next
}
