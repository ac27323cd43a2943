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

/** Body headings of a method card, in their fixed order. */
export const METHOD_SECTIONS: Record<Lang, readonly string[]> = {
  de: ['Worum es geht', 'Tipps', 'Varianten', 'Hinweise für die Verwaltung', 'Beispiel'],
  en: ['What and why', 'Tips', 'Variations', 'Public-sector notes', 'Example'],
}
