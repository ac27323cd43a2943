import langs from 'virtual:handbook/langs'
import type { Lang } from './codes'

/**
 * The languages the handbook is written in (its language folders, each with UI texts, which the
 * content check ensures): the only languages the app offers, the leading language first.
 */
export const CONTENT_LANGS: readonly [Lang, ...Lang[]] = langs

/** The handbook's leading language (German if it has German): the language of last resort. */
export const LEADING_LANG: Lang = langs[0]
