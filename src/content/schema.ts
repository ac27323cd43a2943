/**
 * The content schema: one zod schema per kind of file in handbook-content/.
 * It runs at build time only (build/content/); the app imports nothing but the inferred types, so no
 * validator and no YAML parser reaches the browser.
 */
import { z } from 'zod'

import {
  LEVELS,
  METHOD_ROLES,
  AGENDA_ITEM_KINDS,
  PARTICIPATION,
  PREFILL_SOURCES,
  PURPOSES,
  QUESTION_TYPES,
  SETTINGS,
  type Lang,
} from './codes.ts'

import { PAGE_ROLES, type WizardRole } from './roles.ts'
import type { LogbookKind, StepStatus } from '../model/records.ts'

export * from './codes.ts'

const text = z.string().trim().min(1)
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
/**
 * The outer bound only: how many phases a handbook has comes from its phase files (2 to 9, numbered
 * without gaps), and the content check fails every reference to a phase that does not exist.
 */
const phaseNumber = z.number().int().min(1).max(9)
const minutes = z.number().int().min(1)
const range = z.strictObject({ min: minutes, max: minutes })

export const pageSchema = z.strictObject({
  title: text,
  summary: text,
  order: z.number().int().min(1),
  /** What the app uses the page for (home page, footer, values …); see src/content/roles.ts. */
  role: z.enum(PAGE_ROLES).optional(),
  proposal: z.boolean().default(false),
})

export const phaseSchema = z.strictObject({
  number: phaseNumber,
  title: text,
  subtitle: text,
  aim: text,
  result: text,
  skippable: z.boolean(),
  methods: z.array(id),
  pitfalls: z.array(text).min(1),
  proposal: z.boolean().default(false),
})

export const formatSchema = z.strictObject({
  title: text,
  order: z.number().int().min(1),
  optional: z.boolean(),
  step: id,
  description: text,
  participants: text,
  goal: text,
  results: text,
  benefits: text,
  challenges: text,
  duration: text,
  preparation: text,
})

export const valueSchema = z.strictObject({
  title: text,
  order: z.number().int().min(1),
  summary: text,
  questions: z.array(text).min(1),
  /** The guiding questions are this tool's proposal, not the published handbook's (a badge says so). */
  questionsProposal: z.boolean().default(false),
})

export const termSchema = z.strictObject({
  term: text,
  definition: text,
  aliases: z.array(text).default([]),
})

/** What choosing an option of a phase's closing questions does to the measure besides moving on. */
export const GATE_DECISIONS = ['stop', 'pause'] as const
export type GateDecision = (typeof GATE_DECISIONS)[number]

const optionSchema = z.strictObject({
  value: id,
  label: text,
  /** Only in closing questions: choosing this option stops or pauses the measure. */
  decision: z.enum(GATE_DECISIONS).optional(),
})

export const questionSchema = z.strictObject({
  id,
  type: z.enum(QUESTION_TYPES),
  label: text,
  /** Why the team is asked this (the content check requires it). */
  help: text.optional(),
  /** An example answer, shown beside the field and never filled in (the content check requires it). */
  example: text.optional(),
  section: id,
  required: z.boolean().default(false),
  options: z.array(optionSchema).min(2).optional(),
  /** Only for a checklist in closing questions: every option must be ticked before a phase is skipped. */
  skipCriteria: z.boolean().optional(),
  /** Only for text questions: the answer starts as this fact of the project (see PREFILL_SOURCES). */
  prefill: z.enum(PREFILL_SOURCES).optional(),
  /**
   * Earlier questions whose answers this one offers to take over, for a question that asks for the
   * same thing again; the content check holds them to earlier steps and compatible types.
   */
  reuse: z.array(id).min(1).optional(),
})

export const stepSchema = z.strictObject({
  title: text,
  phase: phaseNumber,
  order: z.number().int().min(1),
  format: id.optional(),
  closing: z.boolean().default(false),
  proposal: z.boolean().default(false),
  goal: text,
  result: text,
  methods: z.array(id).default([]),
  checklist: z.array(text).default([]),
  questions: z.array(questionSchema).min(1),
})

export const entryCheckSchema = z.strictObject({
  role: z.literal('entry-check'),
  title: text,
  intro: text,
  lowFitThreshold: z.number().int().min(0),
  lowFitNote: text,
  questions: z
    .array(
      z.strictObject({
        id,
        group: z.enum(['fit', 'maturity']),
        label: text,
        help: text.optional(),
        example: text.optional(),
      }),
    )
    .min(1),
  rules: z
    .array(
      z.strictObject({
        phase: phaseNumber,
        when: z.record(id, z.boolean()),
        reason: text,
      }),
    )
    .min(1),
})

export const descriptionTemplateSchema = z.strictObject({
  role: z.literal('description'),
  title: text,
  intro: text,
  proposal: z.boolean().default(false),
  sections: z.array(z.strictObject({ id, title: text, description: text })).min(1),
})

const methodSourceSchema = z.strictObject({
  title: text, // the source's name, e.g. "Liberating Structures"
  authors: text.optional(), // people or organisation
  url: z.url().optional(), // public link to the source
  licence: text, // the SOURCE's licence, e.g. "CC BY-NC 3.0"
})

export const methodSchema = z.strictObject({
  title: text,
  summary: text,
  purposes: z.array(z.enum(PURPOSES)).min(1),
  phases: z.array(phaseNumber).min(1),
  duration: range,
  preparation: z.number().int().min(0),
  groupSize: range,
  level: z.enum(LEVELS),
  settings: z.array(z.enum(SETTINGS)).min(1),
  participation: z.enum(PARTICIPATION),
  materials: z.array(text).default([]),
  roles: z.array(z.enum(METHOD_ROLES)).min(1),
  steps: z.array(z.strictObject({ title: text, minutes, detail: text.optional() })).min(1),
  related: z.array(id).default([]),
  source: methodSourceSchema.optional(), // absent = this tool's own work
  own: z.boolean().default(false), // true = this tool's own work (then no source)
  licence: text, // this CARD's licence, keeping the source's terms
})

/**
 * An agenda template (`<lang>/agendas/`): a ready workshop plan a facilitator turns into a workshop in
 * one action. Items without a method are the facilitator's own (welcome, check-in, break, text); the
 * content check holds the item minutes to the stated length and the ids to existing files.
 */
export const agendaSchema = z.strictObject({
  title: text,
  /** What the workshop is for, one or two sentences shown in the template chooser. */
  purpose: text,
  /** The handbook format this template plans; "Workshop planen" on that format's step uses it. */
  format: id.optional(),
  /** The whole length in minutes; the items must add up to it. */
  minutes,
  items: z
    .array(
      z.strictObject({
        title: text,
        minutes,
        method: id.optional(),
        /** What the item is when it is no method; absent means a free text item. */
        kind: z.enum(AGENDA_ITEM_KINDS).optional(),
        note: text.optional(),
      }),
    )
    .min(1),
})

const termUse = z.strictObject({ use: text, avoid: z.array(text).default([]) })

/**
 * handbook-content/terms.md: one wording per concept in each language, and the variants to avoid. A
 * language may be left out (a handbook in German only lists German wordings).
 */
export const termListSchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        de: termUse.optional(),
        en: termUse.optional(),
        /** Names that contain a variant but are right as they are (a proper name like "Stadtwerke Nord"). */
        keep: z.array(text).default([]),
      }),
    )
    .min(1),
})
export type TermList = z.infer<typeof termListSchema>

/**
 * handbook-content/synonyms.md: everyday word → the handbook's terms, per language, for the search. A
 * language may be left out.
 */
export const synonymsSchema = z.strictObject({
  de: z.record(text, z.array(text).min(1)).optional(),
  en: z.record(text, z.array(text).min(1)).optional(),
})
/** The synonyms of one language: everyday word → handbook terms. */
export type Synonyms = Record<string, string[]>

/** A file of the handbook, relative to its folder: no absolute path, no way out with "..". */
const assetPath = z
  .string()
  .regex(
    /^(?!.*(^|\/)\.\.?(\/|$))[\w.-]+(\/[\w.-]+)*$/,
    'must be a path inside the handbook folder, like assets/icon.svg',
  )
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#b3001b"')
/**
 * A word with the articles German grammar needs, shown here for a handbook that says "Vorhaben";
 * English fills the same fields ("the project").
 */
const noun = z.strictObject({
  singular: text, // Vorhaben
  plural: text, // Vorhaben
  subject: text, // das Vorhaben (ist …)
  object: text, // (… beenden) das Vorhaben
  genitive: text, // (Titel) des Vorhabens
  indefinite: text, // ein Vorhaben
})

/**
 * `<lang>/site.md`: the handbook this app presents. The UI reads its texts (as `site.*`), and the
 * build writes the web manifest, the page title, the meta description and the theme colour from it.
 */
export const siteSchema = z.strictObject({
  name: text, // the app's name in the header and the browser tab
  shortName: text.max(12), // under the icon on a home screen
  publisher: text, // who publishes the handbook
  tagline: text,
  description: text, // meta description and web manifest
  licence: text, // the content's licence, shown in the footer
  disclaimer: text, // shown in the footer
  /** The accent colour for light and dark mode; the light one is also the manifest's theme colour. */
  themeColor: z.strictObject({ light: colour, dark: colour }),
  words: z.strictObject({
    measure: noun, // what a team plans with the handbook
    entryCheck: z.strictObject({ name: text, notDone: text }),
    description: text, // the name of the document the wizard builds (a project description)
    valueCompass: z.strictObject({ name: text, subject: text }),
    /**
     * What the handbook calls the phase its formats belong to ("der Vorprozess"). Optional: without
     * it the UI names formats and skippable phases without it (src/locales, `…Plain`).
     */
    preProcess: z.strictObject({ subject: text, genitive: text }).optional(),
  }),
  /** The roles of a team: id → label. Stored members carry the id, so an id never changes. */
  roles: z.record(id, text).refine((roles) => Object.keys(roles).length > 0, 'needs at least one role'),
  /**
   * The handbook's icon, as paths inside the handbook folder (like assets/icon.svg). Absent: the
   * build draws one, the initials of shortName on the light theme colour.
   */
  icon: z
    .strictObject({
      svg: assetPath, // the favicon; the web manifest lists it when there is no PNG
      png: z.array(assetPath).default([]), // square icons for home screens, e.g. 192 and 512 pixels
      maskable: assetPath.optional(), // a square PNG whose picture stays inside the middle 80 %
    })
    .optional(),
  /** The ## headings of a method card's body, in the order of METHOD_SECTION_KEYS; absent = the defaults. */
  methodSections: z
    .strictObject({ about: text, tips: text, variations: text, notes: text, example: text })
    .optional(),
})
export type Site = z.infer<typeof siteSchema>

/** Every state a wizard step can be in; a record, so the type checker insists on each of them. */
const STEP_STATES: Record<StepStatus, true> = {
  open: true,
  'in-progress': true,
  done: true,
  skipped: true,
  'not-relevant': true,
}
/** The logbook entries a team writes itself; the app writes the others (step done, phase changed). */
const SAMPLE_LOGBOOK_KINDS = ['note', 'decision', 'action'] as const satisfies readonly LogbookKind[]

/**
 * `<lang>/sample.md` (optional): a worked example of a measure that a new team can read and copy.
 * Front matter only. The shapes of the answers depend on the questions they answer, so the content
 * check (build/content/checks/sample.ts) checks them against the steps.
 */
export const sampleSchema = z.strictObject({
  title: text, // the measure's title
  description: text, // its short description, as on a project card
  intro: text, // shown above the sample: what it is (made up) and what it shows
  phase: phaseNumber, // the phase the sample team works in now
  /** The entry check as the sample team answered it: question id → yes (true) or no (false). */
  entryCheck: z.record(id, z.boolean()).optional(),
  /** Wizard step id → its state; a step not named is open. */
  steps: z.record(id, z.enum(Object.keys(STEP_STATES) as [StepStatus, ...StepStatus[]])).default({}),
  /** Question id → the answer, in the shape of the question's type (see handbook-content/README.md). */
  answers: z.record(id, z.unknown()),
  /** The sample team's own logbook entries, oldest first. */
  logbook: z.array(z.strictObject({ kind: z.enum(SAMPLE_LOGBOOK_KINDS), text })).default([]),
})

/** Folder name → schema. The folder a file sits in decides its kind. */
export const KINDS = {
  pages: pageSchema,
  phases: phaseSchema,
  formats: formatSchema,
  values: valueSchema,
  glossary: termSchema,
  steps: stepSchema,
  methods: methodSchema,
  agendas: agendaSchema,
} as const
export type Kind = keyof typeof KINDS

/** Files in wizard/: their front matter's `role` decides their kind, not their file name. */
export const WIZARD_SCHEMAS: Record<WizardRole, z.ZodType> = {
  'entry-check': entryCheckSchema,
  description: descriptionTemplateSchema,
}

/** What every rendered document carries besides its own data. */
export interface DocBase {
  id: string
  /** Rendered body (HTML from markdown-it with html disabled). */
  html: string
  /** Headings of the body, for a table of contents. */
  headings: { level: number; id: string; text: string }[]
  /** True when this language had no file and the leading language's one is shown instead. */
  fallback: boolean
}

export type Page = z.infer<typeof pageSchema> & DocBase
export type Phase = z.infer<typeof phaseSchema> & DocBase
export type Format = z.infer<typeof formatSchema> & DocBase
export type Value = z.infer<typeof valueSchema> & DocBase
export type Term = z.infer<typeof termSchema> & DocBase & { definitionHtml: string }
export type Step = z.infer<typeof stepSchema> & DocBase
export type Question = z.infer<typeof questionSchema>
export type MethodSource = z.infer<typeof methodSourceSchema>
export type Method = z.infer<typeof methodSchema> & DocBase
export type AgendaTemplate = z.infer<typeof agendaSchema> & DocBase
export type EntryCheck = z.infer<typeof entryCheckSchema> & DocBase
export type DescriptionTemplate = z.infer<typeof descriptionTemplateSchema> & DocBase
/** The sample measure; `fallback` as in DocBase. */
export type Sample = z.infer<typeof sampleSchema> & Pick<DocBase, 'fallback'>

/** Everything of one language, as the app receives it. Lists are sorted in reading order. */
export interface Handbook {
  lang: Lang
  pages: Page[]
  phases: Phase[]
  formats: Format[]
  values: Value[]
  terms: Term[]
  steps: Step[]
  methods: Method[]
  /** Agenda templates (`<lang>/agendas/`), by title; empty when the handbook has none. */
  agendas: AgendaTemplate[]
  entryCheck: EntryCheck | null
  descriptionTemplate: DescriptionTemplate | null
  /** The worked example a team may read and copy (`<lang>/sample.md`); null when the handbook has none. */
  sample: Sample | null
  /** Everyday words the search also understands (handbook-content/synonyms.md). */
  synonyms: Synonyms
}
