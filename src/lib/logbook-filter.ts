/**
 * The logbook's filter: by kind, by phase and by words, kept in the URL query so it survives a
 * reload and can be shared. Unknown or malformed query values are dropped, because URLs are typed
 * and edited by people.
 */
import { MAX_PHASES, type LogbookEntry, type OwnLogbookKind } from '@/model'
import { OWN_KINDS, isAutoKind } from './logbook-events'
import { foldGerman } from './text'

/** One of the team's kinds, or every automatic entry at once. */
export type KindChoice = OwnLogbookKind | 'auto'
export const KIND_CHOICES: readonly KindChoice[] = [...OWN_KINDS, 'auto']

export interface LogbookFilter {
  kind: KindChoice | null
  phase: number | null
  text: string
}

export const LOGBOOK_QUERY = { kind: 'art', phase: 'phase', text: 'q' } as const

type QueryInput = Record<string, string | null | (string | null)[] | undefined>

const firstOf = (value: QueryInput[string]): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null

/** `phaseCount`: the handbook's phases; until its outline is here, any phase a handbook may have. */
export function queryToLogbookFilter(query: QueryInput, phaseCount: number = MAX_PHASES): LogbookFilter {
  const kind = firstOf(query[LOGBOOK_QUERY.kind])
  const phase = firstOf(query[LOGBOOK_QUERY.phase])
  const n = phase !== null && /^\d{1,2}$/.test(phase) ? Number(phase) : 0
  return {
    kind: KIND_CHOICES.find((k) => k === kind) ?? null,
    phase: n >= 1 && n <= Math.min(phaseCount, MAX_PHASES) ? n : null,
    text: firstOf(query[LOGBOOK_QUERY.text]) ?? '',
  }
}

export function logbookFilterToQuery(filter: LogbookFilter): Record<string, string> {
  const query: Record<string, string> = {}
  if (filter.kind) query[LOGBOOK_QUERY.kind] = filter.kind
  if (filter.phase !== null) query[LOGBOOK_QUERY.phase] = String(filter.phase)
  if (filter.text.trim()) query[LOGBOOK_QUERY.text] = filter.text
  return query
}

export const isFiltered = (filter: LogbookFilter): boolean =>
  filter.kind !== null || filter.phase !== null || filter.text.trim() !== ''

/** Without case and accents: "Müller" is found as "muller", "mueller" and "MÜLLER". */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * Whether `entry`, shown as `shown` (everything the reader sees of it, in their language), passes
 * the filter. Every word of the search must occur in it, ignoring case and accents.
 */
export function matchesLogbookFilter(
  entry: Pick<LogbookEntry, 'kind' | 'phase'>,
  shown: string,
  filter: LogbookFilter,
): boolean {
  if (filter.kind === 'auto' ? !isAutoKind(entry.kind) : filter.kind && entry.kind !== filter.kind)
    return false
  if (filter.phase !== null && entry.phase !== filter.phase) return false
  const words = filter.text.split(/\s+/).filter(Boolean)
  if (!words.length) return true
  const [german, bare] = [foldGerman(shown), plain(shown)]
  return words.every((word) => german.includes(foldGerman(word)) || bare.includes(plain(word)))
}
