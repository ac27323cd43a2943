/**
 * The fixed vocabularies of the content: languages, method codes and question types. Kept apart
 * from schema.ts so that importing them does not pull zod into the browser bundle (zod probes
 * `Function('')`, which the Content-Security-Policy reports as eval).
 */
/**
 * The UI languages: those the app has texts for (src/app/messages). A handbook is written in any of
 * them, one folder each; its content languages are read from those folders (build/content/langs.ts,
 * in the browser src/content/langs.ts).
 */
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const PURPOSES = [
  'understand',
  'explore-needs',
  'generate-ideas',
  'decide',
  'test',
  'plan',
  'reflect',
  'team-building',
  'involve-public',
] as const
/** The kinds an agenda template's item may name besides a method (a workshop item's custom kinds). */
export const AGENDA_ITEM_KINDS = ['welcome', 'check-in', 'break', 'text'] as const
export const LEVELS = ['easy', 'medium', 'demanding'] as const
export const SETTINGS = ['on-site', 'online', 'hybrid'] as const
export const PARTICIPATION = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const
export const METHOD_ROLES = [
  'facilitation',
  'co-facilitation',
  'documentation',
  'timekeeping',
  'expertise',
  'testing',
  'observation',
] as const
export const QUESTION_TYPES = [
  'short-text',
  'long-text',
  'list',
  'single-choice',
  'multiple-choice',
  'checklist',
  'date',
  'people',
  'stakeholders',
  'indicators',
  'milestones',
  'risks',
  'value-compass',
] as const
export const CHOICE_TYPES: readonly QuestionType[] = ['single-choice', 'multiple-choice', 'checklist']
export type QuestionType = (typeof QUESTION_TYPES)[number]

/**
 * What a question may start with (`prefill` in its front matter): a fact the project already holds.
 * The wizard stores it as the answer the first time the step opens, so the field, the description
 * and the check of required questions all see the same value; the team changes it like any answer.
 */
export const PREFILL_SOURCES = ['project-title', 'project-description'] as const
export type PrefillSource = (typeof PREFILL_SOURCES)[number]
/** Prefilled values are text, so only text questions take them. */
export const PREFILL_TYPES: readonly QuestionType[] = ['short-text', 'long-text']

/**
 * Which earlier answers a question may offer again (`reuse` in its front matter), by type: the key
 * takes the answers of the types listed. Text, lists and people convert into each other (a list
 * item becomes a row's name, a row becomes "name (role)"); tables, dates and the value compass only
 * take their own type; choices take none, since two questions rarely offer the same options.
 */
export const REUSE_SOURCES: Readonly<Record<QuestionType, readonly QuestionType[]>> = {
  'short-text': ['short-text', 'list', 'people'],
  'long-text': ['short-text', 'long-text', 'list', 'people', 'stakeholders'],
  list: ['short-text', 'long-text', 'list', 'people', 'stakeholders'],
  people: ['short-text', 'list', 'people', 'stakeholders'],
  stakeholders: ['short-text', 'list', 'people', 'stakeholders'],
  indicators: ['indicators'],
  milestones: ['milestones'],
  risks: ['risks'],
  date: ['date'],
  'value-compass': ['value-compass'],
  'single-choice': [],
  'multiple-choice': [],
  checklist: [],
}

/**
 * The five body sections of a method card, in their fixed order: what it is about, tips, variations,
 * notes for the administration, an example. A handbook may name them in its site file
 * (`methodSections`); these headings are the defaults.
 */
export const METHOD_SECTION_KEYS = ['about', 'tips', 'variations', 'notes', 'example'] as const
export type MethodSectionKey = (typeof METHOD_SECTION_KEYS)[number]

/** Body headings of a method card, in their fixed order, when the site file names none. */
export const METHOD_SECTIONS: Record<Lang, readonly string[]> = {
  de: ['Worum es geht', 'Tipps', 'Varianten', 'Hinweise für die Verwaltung', 'Beispiel'],
  en: ['What and why', 'Tips', 'Variations', 'Public-sector notes', 'Example'],
}
