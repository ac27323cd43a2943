/* eslint-disable @typescript-eslint/no-explicit-any -- each kind's front matter was validated by its zod
   schema before this check runs; typing every kind again here would add nothing. */
/**
 * Every content language holds the same files with the same data. The leading language (German if
 * the handbook has it) leads: its data (numbers, ids, codes) are checked against the rest of the
 * handbook, and every other language must hold exactly the same data, so a wrong id is reported
 * once, in the file that has it. A handbook in one language has nothing to compare.
 */
import type { Lang } from '../../../src/content/schema.ts'
import type { CheckedDoc } from '../check.ts'
import type { ContentError } from '../errors.ts'
import { LANGUAGE_NAMES } from '../langs.ts'
import type { DocKey, DocKind } from '../read.ts'

/**
 * The fields of each kind that are data rather than text, shaped like the front matter so that a
 * difference is named by its real field (`questions[2].options[1].decision`).
 */
const DATA_FIELDS: Partial<Record<DocKind, (d: any) => unknown>> = {
  pages: (d) => ({ order: d.order, role: d.role, proposal: d.proposal }),
  phases: (d) => ({ number: d.number, skippable: d.skippable, methods: d.methods, proposal: d.proposal }),
  formats: (d) => ({ order: d.order, optional: d.optional, step: d.step }),
  values: (d) => ({ order: d.order }),
  steps: (d) => ({
    phase: d.phase,
    order: d.order,
    format: d.format,
    closing: d.closing,
    proposal: d.proposal,
    methods: d.methods,
    // Ids, types, sections, what a gate decides and where an answer comes from: saved answers, the
    // phase gate and the offers of earlier answers rely on them.
    questions: d.questions.map((q: any) => ({
      id: q.id,
      type: q.type,
      section: q.section,
      required: q.required,
      skipCriteria: q.skipCriteria ?? false,
      prefill: q.prefill,
      reuse: q.reuse,
      options: q.options?.map((o: { value: string; decision?: string }) => ({
        value: o.value,
        decision: o.decision,
      })),
    })),
  }),
  methods: (d) => ({
    purposes: d.purposes,
    phases: d.phases,
    duration: d.duration,
    preparation: d.preparation,
    groupSize: d.groupSize,
    level: d.level,
    settings: d.settings,
    participation: d.participation,
    roles: d.roles,
    steps: d.steps.map((s: { minutes: number }) => ({ minutes: s.minutes })),
    related: d.related,
    own: d.own,
    licence: d.licence,
    source: d.source && { url: d.source.url, licence: d.source.licence },
  }),
  // A template's plan is data: the same items, lengths and methods in every language, only the words differ.
  agendas: (d) => ({
    format: d.format,
    minutes: d.minutes,
    items: d.items.map((i: { minutes: number; method?: string; kind?: string }) => ({
      minutes: i.minutes,
      method: i.method,
      kind: i.kind,
    })),
  }),
  // What a team copies: ids, states and kinds; the answers' own data is compared in checks/sample.ts,
  // which knows each question's type.
  sample: (d) => ({
    phase: d.phase,
    entryCheck: d.entryCheck,
    steps: d.steps,
    answers: Object.fromEntries(Object.keys(d.answers).map((id) => [id, true])),
    logbook: d.logbook.map((e: { kind: string }) => ({ kind: e.kind })),
  }),
  // Stored members carry the role ids; the colours and the icon are one look for both languages. An
  // optional word is there in every language or in none, so the texts that name it read alike.
  site: (d) => ({
    themeColor: d.themeColor,
    icon: d.icon,
    roles: Object.keys(d.roles),
    words: { preProcess: d.words.preProcess !== undefined },
  }),
  wizard: (d) =>
    d.role === 'description'
      ? {
          role: d.role,
          proposal: d.proposal,
          sections: d.sections.map((s: { id: string }) => ({ id: s.id })),
        }
      : {
          role: d.role,
          lowFitThreshold: d.lowFitThreshold,
          questions: d.questions.map((q: { id: string; group: string }) => ({ id: q.id, group: q.group })),
          rules: d.rules.map((r: { phase: number; when: unknown }) => ({ phase: r.phase, when: r.when })),
        },
}

/** Every place where two values differ, as field paths; the order of keys in a mapping does not count. */
function* differences(a: unknown, b: unknown, path = ''): Generator<string> {
  if (JSON.stringify(a) === JSON.stringify(b)) return
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const next = Array.isArray(a) ? `${path}[${Number(key) + 1}]` : path ? `${path}.${key}` : key
      yield* differences((a as never)[key], (b as never)[key], next)
    }
    return
  }
  yield path || '(front matter)'
}

/** `phases` and `phases[2]` name the same place; `phase` and `phases` do not. */
const overlaps = (a: string, b: string) =>
  a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`)

export function checkTranslations(
  docs: readonly CheckedDoc[],
  options: {
    /** The content languages, the leading language first. */
    langs: readonly Lang[]
    strictTranslations: boolean
    broken: readonly DocKey[]
    /** Errors found so far: a field of the leading language that already failed is not compared again. */
    errors: readonly ContentError[]
  },
): ContentError[] {
  const errors: ContentError[] = []
  const fail = (doc: CheckedDoc, field: string, message: string) =>
    errors.push({ file: doc.file, field, message })
  const isBroken = (lang: Lang, doc: CheckedDoc) =>
    options.broken.some((b) => b.lang === lang && b.kind === doc.kind && b.id === doc.id)

  const [leading, ...others] = options.langs
  const leadingName = LANGUAGE_NAMES[leading]
  // `handbook-content/de/pages/a.md` → `handbook-content/en/pages/a.md`
  const inLang = (file: string, from: Lang, to: Lang) => file.replace(new RegExp(`(^|/)${from}/`), `$1${to}/`)

  for (const lang of others) {
    for (const doc of docs.filter((d) => d.lang === leading)) {
      const twin = docs.find((d) => d.lang === lang && d.kind === doc.kind && d.id === doc.id)
      if (!twin) {
        if (options.strictTranslations && !isBroken(lang, doc)) {
          fail(
            doc,
            'file',
            `has no ${LANGUAGE_NAMES[lang]} version (expected ${inLang(doc.file, leading, lang)})`,
          )
        }
        continue
      }
      const project = DATA_FIELDS[doc.kind]
      if (!project) continue
      const failed = options.errors.filter((e) => e.file === doc.file && !e.warning).map((e) => e.field)
      for (const diff of differences(project(doc.data), project(twin.data))) {
        if (failed.some((field) => overlaps(field, diff))) continue
        fail(
          twin,
          diff,
          `differs from the ${leadingName} file ${doc.file}; data (numbers, ids, codes) must be the same in both languages`,
        )
        break
      }
    }
    for (const doc of docs.filter((d) => d.lang === lang)) {
      if (isBroken(leading, doc)) continue
      if (!docs.some((d) => d.lang === leading && d.kind === doc.kind && d.id === doc.id)) {
        fail(
          doc,
          'file',
          `has no ${leadingName} version (expected ${inLang(doc.file, lang, leading)}); ${leadingName} is the leading language`,
        )
      }
    }
  }
  return errors
}
