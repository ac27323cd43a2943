/* eslint-disable @typescript-eslint/no-explicit-any -- each kind's front matter was validated by its zod
   schema before these cross-file checks run; typing every kind again here would add nothing. */
import {
  CHOICE_TYPES,
  LANGS,
  METHOD_SECTIONS,
  type Kind,
  type Lang,
  type QuestionType,
  type TermList,
} from '../../src/content/schema.ts'
import type { LinkKind } from '../../src/content/routes.ts'
import { checkMethodSources } from './checks/sources.ts'
import { checkTerms } from './checks/terms.ts'
import type { ContentError } from './errors.ts'
import { checkNotes } from './checks/notes.ts'
import type { SourceDoc } from './read.ts'
import type { RenderEnv } from './markdown/env.ts'
import { checkQuestions } from './checks/questions.ts'

/** A source document with what rendering its body found. */
export type CheckedDoc = SourceDoc<any> & Pick<RenderEnv, 'links' | 'badLinks'>

const LINK_TARGET: Record<LinkKind, Kind> = {
  page: 'pages',
  phase: 'phases',
  format: 'formats',
  step: 'steps',
  method: 'methods',
  term: 'glossary',
  value: 'values',
}

const LANGUAGE_NAMES: Record<Lang, string> = { de: 'German', en: 'English' }

/**
 * The fields of each kind that are data rather than text: they must be equal in every language,
 * because saved projects and filters rely on them.
 */
const DATA_FIELDS: Partial<Record<Kind | 'wizard', (d: any) => unknown>> = {
  pages: (d) => ({ order: d.order, proposal: d.proposal }),
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
    questions: d.questions.map((q: any) => ({
      id: q.id,
      type: q.type,
      section: q.section,
      required: q.required,
      options: q.options?.map((o: { value: string }) => o.value),
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
    stepMinutes: d.steps.map((s: { minutes: number }) => s.minutes),
    related: d.related,
    own: d.own,
    licence: d.licence,
    source: d.source && { url: d.source.url, licence: d.source.licence },
  }),
  wizard: (d) =>
    d.sections
      ? { proposal: d.proposal, sections: d.sections.map((s: { id: string }) => s.id) }
      : {
          threshold: d.lowFitThreshold,
          questions: d.questions.map((q: { id: string; group: string }) => [q.id, q.group]),
          rules: d.rules.map((r: { phase: number; when: unknown }) => [r.phase, r.when]),
        },
}

/** The first place where two values differ, as a field path. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const next = Array.isArray(a) ? `${path}[${Number(key) + 1}]` : path ? `${path}.${key}` : key
      const diff = firstDifference((a as never)[key], (b as never)[key], next)
      if (diff) return diff
    }
  }
  return path || '(front matter)'
}

export function checkContent(
  docs: CheckedDoc[],
  options: { strictTranslations: boolean; terms?: TermList | null },
): ContentError[] {
  const errors: ContentError[] = []
  const fail = (doc: CheckedDoc, field: string, message: string) =>
    errors.push({ file: doc.file, field, message })
  // What a language shows: its own files plus German ones standing in for missing translations.
  const of = (lang: Lang, kind: Kind | 'wizard') => {
    const own = docs.filter((d) => d.lang === lang && d.kind === kind)
    if (lang === 'de') return own
    return [
      ...own,
      ...docs.filter((d) => d.lang === 'de' && d.kind === kind && !own.some((o) => o.id === d.id)),
    ]
  }
  const ids = (lang: Lang, kind: Kind) => new Set(of(lang, kind).map((d) => d.id))
  /** A link or reference may point to a German document that the English side falls back to. */
  const exists = (lang: Lang, kind: Kind, id: string) => ids(lang, kind).has(id) || ids('de', kind).has(id)

  const unique = (lang: Lang, kind: Kind, key: (d: CheckedDoc) => unknown, field: string, what: string) => {
    const seen = new Map<string, string>()
    for (const doc of of(lang, kind)) {
      const k = JSON.stringify(key(doc))
      const other = seen.get(k)
      if (other) fail(doc, field, `${what} is already used by ${other}`)
      else seen.set(k, doc.file)
    }
  }

  for (const lang of LANGS) {
    for (const doc of docs.filter((d) => d.lang === lang)) {
      for (const link of doc.links) {
        if (!exists(lang, LINK_TARGET[link.kind], link.id)) {
          fail(doc, 'body', `the link "${link.kind}:${link.id}" points to a ${link.kind} that does not exist`)
        }
      }
      for (const href of doc.badLinks) {
        fail(
          doc,
          'body',
          `the link "${href}" is neither a handbook link (like method:akteure-kartieren) nor a web address`,
        )
      }
    }

    unique(lang, 'pages', (d) => d.data.order, 'order', 'this position in the reading order')
    unique(lang, 'phases', (d) => d.data.number, 'number', 'this phase number')
    unique(lang, 'formats', (d) => d.data.order, 'order', 'this position')
    unique(lang, 'steps', (d) => [d.data.phase, d.data.order], 'order', 'this position in the phase')

    for (const doc of of(lang, 'phases')) {
      doc.data.methods.forEach((m: string, i: number) => {
        if (!exists(lang, 'methods', m)) fail(doc, `methods[${i + 1}]`, `the method "${m}" does not exist`)
      })
    }
    for (const doc of of(lang, 'formats')) {
      if (!exists(lang, 'steps', doc.data.step))
        fail(doc, 'step', `the wizard step "${doc.data.step}" does not exist`)
    }
    for (const doc of of(lang, 'methods')) checkMethod(doc, lang, fail, (id) => exists(lang, 'methods', id))
    checkSteps(lang, of(lang, 'steps'), of(lang, 'wizard'), fail, exists)
    const entry = of(lang, 'wizard').find((d) => d.id === 'einstiegscheck')
    if (entry) checkEntryCheck(entry, fail)
  }

  errors.push(...checkQuestions(docs))

  // Both languages must hold the same files with the same data.
  for (const doc of docs.filter((d) => d.lang === 'de')) {
    const twin = docs.find((d) => d.lang === 'en' && d.kind === doc.kind && d.id === doc.id)
    if (!twin) {
      if (options.strictTranslations) {
        fail(
          doc,
          'file',
          `has no ${LANGUAGE_NAMES.en} version (expected ${doc.file.replace('/de/', '/en/')})`,
        )
      }
      continue
    }
    const project = DATA_FIELDS[doc.kind]
    const diff = project && firstDifference(project(doc.data), project(twin.data))
    if (diff)
      fail(
        twin,
        diff,
        `differs from the German file ${doc.file}; data (numbers, ids, codes) must be the same in both languages`,
      )
  }
  for (const doc of docs.filter((d) => d.lang === 'en')) {
    if (!docs.some((d) => d.lang === 'de' && d.kind === doc.kind && d.id === doc.id)) {
      fail(
        doc,
        'file',
        `has no German version (expected ${doc.file.replace('/en/', '/de/')}); German is the leading language`,
      )
    }
  }
  errors.push(...checkMethodSources(docs))
  errors.push(...checkTerms(docs, options.terms))
  errors.push(...checkNotes(docs))
  // A German file that stands in for a translation is checked twice; report each problem once.
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.file}|${e.field}|${e.message}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

type Fail = (doc: CheckedDoc, field: string, message: string) => void

function checkMethod(doc: CheckedDoc, lang: Lang, fail: Fail, methodExists: (id: string) => boolean) {
  const { duration, groupSize, steps, related } = doc.data
  if (duration.min > duration.max)
    fail(doc, 'duration', `min (${duration.min}) is larger than max (${duration.max})`)
  if (groupSize.min > groupSize.max)
    fail(doc, 'groupSize', `min (${groupSize.min}) is larger than max (${groupSize.max})`)
  const total = steps.reduce((sum: number, s: { minutes: number }) => sum + s.minutes, 0)
  if (total < duration.min || total > duration.max) {
    fail(
      doc,
      'steps',
      `the step minutes add up to ${total}, but the duration is ${duration.min}–${duration.max} minutes`,
    )
  }
  related.forEach((id: string, i: number) => {
    if (id === doc.id) fail(doc, `related[${i + 1}]`, 'a method cannot be related to itself')
    else if (!methodExists(id)) fail(doc, `related[${i + 1}]`, `the method "${id}" does not exist`)
  })
  const headings = [...doc.body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1])
  const expected = METHOD_SECTIONS[lang]
  if (JSON.stringify(headings) !== JSON.stringify(expected)) {
    fail(
      doc,
      'body',
      `needs exactly these ## sections in this order: ${expected.join(' / ')}; found: ${headings.join(' / ') || 'none'}`,
    )
  }
}

function checkSteps(
  lang: Lang,
  steps: CheckedDoc[],
  wizard: CheckedDoc[],
  fail: Fail,
  exists: (lang: Lang, kind: Kind, id: string) => boolean,
) {
  const template = wizard.find((d) => d.id === 'beschreibung')
  const sections = new Set<string>(template?.data.sections.map((s: { id: string }) => s.id) ?? [])
  const fed = new Set<string>()
  const questionIds = new Map<string, string>()
  for (const doc of steps) {
    const { methods, format, questions, closing, phase, order } = doc.data
    methods.forEach((m: string, i: number) => {
      if (!exists(lang, 'methods', m)) fail(doc, `methods[${i + 1}]`, `the method "${m}" does not exist`)
    })
    if (format && !exists(lang, 'formats', format))
      fail(doc, 'format', `the format "${format}" does not exist`)
    if (closing) {
      const later = steps.some((s) => s.data.phase === phase && s.data.order > order)
      if (later) fail(doc, 'order', 'the closing questions must be the last step of their phase')
    }
    questions.forEach(
      (q: { id: string; type: QuestionType; section: string; options?: unknown[] }, i: number) => {
        const field = `questions[${i + 1}]`
        const other = questionIds.get(q.id)
        if (other) fail(doc, `${field}.id`, `the question id "${q.id}" is already used in ${other}`)
        questionIds.set(q.id, doc.file)
        if (template && !sections.has(q.section)) {
          fail(
            doc,
            `${field}.section`,
            `"${q.section}" is not a section of the project description (see ${template.file})`,
          )
        }
        fed.add(q.section)
        const isChoice = CHOICE_TYPES.includes(q.type)
        if (isChoice && !q.options) fail(doc, `${field}.options`, `a ${q.type} question needs options`)
        if (!isChoice && q.options)
          fail(doc, `${field}.options`, `only choice and checklist questions have options, not ${q.type}`)
      },
    )
  }
  if (template) {
    template.data.sections.forEach((s: { id: string }, i: number) => {
      if (!fed.has(s.id))
        fail(template, `sections[${i + 1}]`, `no question of any step feeds the section "${s.id}"`)
    })
  }
}

function checkEntryCheck(doc: CheckedDoc, fail: Fail) {
  const questionIds = new Set(doc.data.questions.map((q: { id: string }) => q.id))
  const rules: { when: Record<string, boolean> }[] = doc.data.rules
  rules.forEach((rule, i) => {
    for (const key of Object.keys(rule.when)) {
      if (!questionIds.has(key))
        fail(doc, `rules[${i + 1}].when`, `"${key}" is not a question of the entry check`)
    }
  })
  if (Object.keys(rules[rules.length - 1].when).length > 0) {
    fail(
      doc,
      `rules[${rules.length}].when`,
      'the last rule must have no conditions (when: {}), so every team gets a recommendation',
    )
  }
}
