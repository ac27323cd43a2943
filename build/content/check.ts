/* eslint-disable @typescript-eslint/no-explicit-any -- each kind's front matter was validated by its zod
   schema before these cross-file checks run; typing every kind again here would add nothing. */
import {
  CHOICE_TYPES,
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
import { methodSections } from './method-sections.ts'
import type { DocKey, DocKind, SourceDoc } from './read.ts'
import type { RenderEnv } from './markdown/env.ts'
import { checkQuestions } from './checks/questions.ts'
import { checkPhases } from './checks/phases.ts'
import { checkReuse } from './checks/reuse.ts'
import { checkRoles } from './checks/roles.ts'
import { checkTranslations } from './checks/translations.ts'
import { checkWizard } from './checks/wizard.ts'
import { checkThemeContrast } from './checks/colours.ts'
import { checkSample } from './checks/sample.ts'
import { checkAgendas } from './checks/agendas.ts'

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

export interface CheckOptions {
  /** The content languages, the leading language first. */
  langs: readonly Lang[]
  strictTranslations: boolean
  terms?: TermList | null
  /** Files whose front matter failed: already reported, so what depends on them is not reported again. */
  broken?: readonly DocKey[]
}

/**
 * The checks across files. Text (links in the body, a method card's headings, help and example of
 * every question) is checked in every content language. Data (numbers, ids, codes) is checked in the
 * leading language (German if the handbook has it), and every other language must hold the same
 * data: so one mistake gives one error.
 */
export function checkContent(docs: CheckedDoc[], options: CheckOptions): ContentError[] {
  const errors: ContentError[] = []
  const failAt = (file: string, field: string, message: string) => errors.push({ file, field, message })
  const fail = (doc: CheckedDoc, field: string, message: string) => failAt(doc.file, field, message)
  const broken = options.broken ?? []
  const [leading] = options.langs
  const isBroken = (lang: Lang, kind: DocKind, id?: string) =>
    broken.some((b) => b.lang === lang && b.kind === kind && (id === undefined || b.id === id))
  // What a language shows: its own files plus the leading language's standing in for missing translations.
  const of = (lang: Lang, kind: DocKind) => {
    const own = docs.filter((d) => d.lang === lang && d.kind === kind)
    if (lang === leading) return own
    return [
      ...own,
      ...docs.filter((d) => d.lang === leading && d.kind === kind && !own.some((o) => o.id === d.id)),
    ]
  }
  const ids = (lang: Lang, kind: Kind) => new Set(of(lang, kind).map((d) => d.id))
  // The description template is read at the page path of its id, so `page:<its id>` links to it.
  const isTemplate = (id: string) =>
    docs.some((d) => d.kind === 'wizard' && d.id === id && d.data.role === 'description')
  /**
   * A link or reference may point to a document of the leading language that another language falls
   * back to, and a file whose front matter is broken still exists: its own error says what to fix.
   */
  const exists = (lang: Lang, kind: Kind, id: string) =>
    ids(lang, kind).has(id) ||
    ids(leading, kind).has(id) ||
    isBroken(lang, kind, id) ||
    isBroken(leading, kind, id) ||
    (kind === 'pages' && isTemplate(id))
  const siteOf = (lang: Lang) => docs.find((d) => d.kind === 'site' && d.lang === lang)
  /** A method card's headings: the site file's of that language, else the defaults. */
  const sectionsOf = (lang: Lang) => methodSections(siteOf(lang)?.data, lang)

  // Text, in every language.
  for (const lang of options.langs) {
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
      // A broken site file may name the headings: its own error says what to fix.
      if (doc.kind === 'methods' && !isBroken(lang, 'site')) {
        const site = siteOf(lang)
        const namedBy = site?.data.methodSections ? ` (named in ${site.file} › methodSections)` : ''
        checkMethodHeadings(doc, sectionsOf(lang), namedBy, fail)
      }
    }
  }

  // Data, in the leading language.
  const lead = (kind: DocKind) => of(leading, kind)
  const has = (kind: Kind, id: string) => exists(leading, kind, id)
  const unique = (kind: Kind, key: (d: CheckedDoc) => unknown, field: string, what: string) => {
    const seen = new Map<string, string>()
    for (const doc of lead(kind)) {
      const k = JSON.stringify(key(doc))
      const other = seen.get(k)
      if (other) fail(doc, field, `${what} is already used by ${other}`)
      else seen.set(k, doc.file)
    }
  }
  unique('pages', (d) => d.data.order, 'order', 'this position in the reading order')
  unique('formats', (d) => d.data.order, 'order', 'this position')
  unique('steps', (d) => [d.data.phase, d.data.order], 'order', 'this position in the phase')

  const wizard = lead('wizard')
  const entryCheck = wizard.find((d) => d.data.role === 'entry-check')
  const template = wizard.find((d) => d.data.role === 'description')
  // Where a handbook without phase files (or pages) should have them: beside the leading language's folders.
  const leadingFolder =
    docs.find((d) => d.lang === leading && d.kind !== 'site')?.file.replace(/[^/]+\/[^/]+\.md$/, '') ??
    `${leading}/`
  const phaseFolder = `${leadingFolder}phases/`
  checkPhases(
    {
      phases: lead('phases'),
      steps: lead('steps'),
      methods: lead('methods'),
      entryCheck,
      stepsBroken: isBroken(leading, 'steps'),
      brokenPhaseIds: broken.filter((b) => b.lang === leading && b.kind === 'phases').map((b) => b.id),
      phaseFolder,
    },
    fail,
    failAt,
  )
  checkRoles(
    {
      pages: lead('pages'),
      hasValues: lead('values').length > 0 || isBroken(leading, 'values'),
      pagesBroken: isBroken(leading, 'pages'),
      pageFolder: `${leadingFolder}pages/`,
    },
    fail,
    failAt,
  )
  checkWizard(
    {
      wizard,
      wizardBroken: isBroken(leading, 'wizard'),
      wizardFolder: `${leadingFolder}wizard/`,
      pages: lead('pages'),
    },
    fail,
    failAt,
  )
  const leadingSite = siteOf(leading)
  if (leadingSite) checkThemeContrast(leadingSite, fail)
  for (const doc of lead('phases')) {
    doc.data.methods.forEach((m: string, i: number) => {
      if (!has('methods', m)) fail(doc, `methods[${i + 1}]`, `the method "${m}" does not exist`)
    })
  }
  for (const doc of lead('formats')) {
    if (!has('steps', doc.data.step)) fail(doc, 'step', `the wizard step "${doc.data.step}" does not exist`)
  }
  for (const doc of lead('methods')) checkMethod(doc, fail, (id) => has('methods', id))
  checkSteps(lead('steps'), template, fail, has, {
    stepsBroken: isBroken(leading, 'steps'),
    values: lead('values').length,
  })
  checkReuse(lead('steps'), fail, isBroken(leading, 'steps'))
  checkAgendas({ agendas: lead('agendas'), has: (kind, id) => has(kind, id) }, fail)
  if (entryCheck) checkEntryCheck(entryCheck, fail)
  if (template) uniqueIds(template, 'sections', fail, 'section id')
  checkSample(
    {
      samples: docs.filter((d) => d.kind === 'sample'),
      langs: options.langs,
      steps: lead('steps'),
      entryCheck,
      values: lead('values').map((d) => d.id),
      phaseCount: isBroken(leading, 'phases')
        ? null
        : Math.max(0, ...lead('phases').map((d) => d.data.number)),
      stepsBroken: isBroken(leading, 'steps'),
      entryCheckBroken: isBroken(leading, 'wizard'),
      valuesBroken: isBroken(leading, 'values'),
    },
    fail,
  )

  errors.push(...checkQuestions(docs, leading))
  errors.push(...checkMethodSources(docs.filter((d) => d.lang === leading)))
  errors.push(
    ...checkTranslations(docs, {
      langs: options.langs,
      strictTranslations: options.strictTranslations,
      broken,
      errors,
    }),
  )
  errors.push(...checkTerms(docs, options.terms))
  errors.push(...checkNotes(docs, sectionsOf))
  // A file of the leading language that stands in for a translation is checked twice; report each problem once.
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.file}|${e.field}|${e.message}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

type Fail = (doc: CheckedDoc, field: string, message: string) => void

/** Fails every entry of `list` whose id an earlier entry already has. */
function uniqueIds(doc: CheckedDoc, list: string, fail: Fail, what: string) {
  const seen = new Set<string>()
  doc.data[list].forEach((item: { id: string }, i: number) => {
    if (seen.has(item.id)) fail(doc, `${list}[${i + 1}].id`, `the ${what} "${item.id}" is used twice`)
    seen.add(item.id)
  })
}

function checkMethodHeadings(doc: CheckedDoc, expected: readonly string[], namedBy: string, fail: Fail) {
  const headings = [...doc.body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1])
  if (JSON.stringify(headings) !== JSON.stringify(expected)) {
    fail(
      doc,
      'body',
      `needs exactly these ## sections in this order${namedBy}: ${expected.join(' / ')}; found: ${headings.join(' / ') || 'none'}`,
    )
  }
}

function checkMethod(doc: CheckedDoc, fail: Fail, methodExists: (id: string) => boolean) {
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
}

function checkSteps(
  steps: CheckedDoc[],
  template: CheckedDoc | undefined,
  fail: Fail,
  has: (kind: Kind, id: string) => boolean,
  context: { stepsBroken: boolean; values: number },
) {
  const sections = new Set<string>(template?.data.sections.map((s: { id: string }) => s.id) ?? [])
  const fed = new Set<string>()
  const questionIds = new Map<string, string>()
  for (const doc of steps) {
    const { methods, format, questions, closing, phase, order } = doc.data
    methods.forEach((m: string, i: number) => {
      if (!has('methods', m)) fail(doc, `methods[${i + 1}]`, `the method "${m}" does not exist`)
    })
    if (format && !has('formats', format)) fail(doc, 'format', `the format "${format}" does not exist`)
    if (closing) {
      const later = steps.some((s) => s.data.phase === phase && s.data.order > order)
      if (later) fail(doc, 'order', 'the closing questions must be the last step of their phase')
    }
    questions.forEach(
      (q: { id: string; type: QuestionType; section: string; options?: { value: string }[] }, i: number) => {
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
        const values = new Set<string>()
        q.options?.forEach((o, j) => {
          if (values.has(o.value))
            fail(doc, `${field}.options[${j + 1}].value`, `the option value "${o.value}" is used twice`)
          values.add(o.value)
        })
        if (q.type === 'value-compass' && context.values === 0)
          fail(
            doc,
            `${field}.type`,
            'a value-compass question rates the values of the value compass, but this handbook has no values (values/)',
          )
      },
    )
  }
  // A step whose front matter is broken feeds sections nobody can read; its own error says so.
  if (template && !context.stepsBroken) {
    template.data.sections.forEach((s: { id: string }, i: number) => {
      if (!fed.has(s.id))
        fail(template, `sections[${i + 1}]`, `no question of any step feeds the section "${s.id}"`)
    })
  }
}

function checkEntryCheck(doc: CheckedDoc, fail: Fail) {
  uniqueIds(doc, 'questions', fail, 'question id')
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
