/**
 * Words of a team's name as the storage layer indexes them, so the team switcher finds "Team
 * Wärmeschutz" by typing "wärme" among 100 000 teams without reading them all. Pure: no Vue, no Dexie.
 */
import { foldGerman } from './text'

/**
 * More words than anyone types of a name; a hostile 2,000-character name must not put a thousand
 * entries into the index.
 */
export const MAX_NAME_WORDS = 16

const split = (text: string) =>
  foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** The distinct, folded words of a name, in order, at most MAX_NAME_WORDS. */
export function nameWords(name: unknown): string[] {
  if (typeof name !== 'string') return []
  return [...new Set(split(name))].slice(0, MAX_NAME_WORDS)
}

/** The words of what a user typed into a team search, folded like the index (at most five). */
export function queryWords(query: string): string[] {
  return [...new Set(split(query))].slice(0, 5)
}

/** Whether every typed word starts one of the name's words: "team 47" matches "Team 4711 Nord". */
export function matchesName(words: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)))
}
