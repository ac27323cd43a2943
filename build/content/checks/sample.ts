/**
 * The sample measure (`<lang>/sample.md`, optional) is copied into a team as a real project, so
 * everything it names must exist in this handbook and every answer must have the shape its question's
 * type stores (the shapes src/lib/answer-shapes.ts reads back). Data (ids, option values, days,
 * levels, ratings, the number of rows) is checked in the leading language; every other language must
 * hold the same data and its own texts. One mistake gives one error, at the answer's own path
 * (`answers.risiken[2].impact`).
 */
import type { Lang, QuestionType } from '../../../src/content/schema.ts'
import { COMPASS_MAX, RECORD_FIELDS, isRecordType } from '../../../src/lib/answers.ts'
import type { CheckedDoc } from '../check.ts'
import { editDistance } from '../errors.ts'
import { LANGUAGE_NAMES } from '../langs.ts'

type Fail = (doc: CheckedDoc, field: string, message: string) => void

interface Question {
  id: string
  type: QuestionType
  options?: { value: string }[]
}

/** One thing wrong inside an answer: where (after `answers.<id>`) and what. */
interface Problem {
  path: string
  message: string
}

export interface SampleInput {
  /** The sample of every language that has one. */
  samples: readonly CheckedDoc[]
  /** The content languages, the leading language first. */
  langs: readonly Lang[]
  /** The leading language's steps, entry check and value ids. */
  steps: readonly CheckedDoc[]
  entryCheck: CheckedDoc | undefined
  values: readonly string[]
  /** The number of phases; null when a phase file is broken (its own error says so). */
  phaseCount: number | null
  /** What a broken file may have held: references to it are not reported again. */
  stepsBroken: boolean
  entryCheckBroken: boolean
  valuesBroken: boolean
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day written as YYYY-MM-DD, the way answers store days. */
function isDay(value: unknown): boolean {
  const match = typeof value === 'string' ? DAY.exec(value) : null
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * YAML reads an unquoted 2027-03-01 as a date, and an impossible one (2027-02-30) silently as another
 * day; answers store days as text, so a day is written in quotes.
 */
const dayExpected = (value: unknown) =>
  value instanceof Date
    ? "write the day in quotes, like '2027-03-01' (without them YAML reads a date and turns an impossible day into another one)"
    : `expected a day written as '2027-03-01'; found ${found(value)}`

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== ''
const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function found(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value instanceof Date) return 'a date without quotes'
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return value.trim() ? `the text "${value}"` : 'an empty text'
  if (typeof value === 'object') return 'a group of fields'
  return `${typeof value} ${String(value)}`
}

/** ` (did you mean "x"?)` for a misspelt id, or nothing. */
function meant(wrong: string, ids: Iterable<string>): string {
  const near = [...ids].find((id) => editDistance(id, wrong) <= 2)
  return near ? `; did you mean "${near}"?` : ''
}

/** What is wrong with `value` as an answer to `question`; empty when it is fine. */
function problemsOf(question: Question, value: unknown, values: readonly string[]): Problem[] {
  const { type } = question
  const at = (path: string, message: string): Problem => ({ path, message })
  const options = question.options?.map((o) => o.value) ?? []
  const option = (path: string, item: unknown) =>
    typeof item === 'string' && options.includes(item)
      ? []
      : [at(path, `expected one of: ${options.join(', ')}; found ${found(item)}`)]
  const list = (check: (item: unknown, path: string) => Problem[]): Problem[] => {
    if (!Array.isArray(value) || value.length === 0)
      return [at('', `a ${type} answer is a list with at least one entry; found ${found(value)}`)]
    return value.flatMap((item, i) => check(item, `[${i + 1}]`))
  }

  if (isRecordType(type)) {
    const fields = RECORD_FIELDS[type]
    return list((row, path) => {
      if (!isGroup(row))
        return [
          at(
            path,
            `a row of a ${type} answer is a group of fields (${fields.map((f) => f.key).join(', ')}); found ${found(row)}`,
          ),
        ]
      const unknown = Object.keys(row)
        .filter((key) => !fields.some((f) => f.key === key))
        .map((key) =>
          at(
            `${path}.${key}`,
            `is not a column of a ${type} answer; the columns are ${fields.map((f) => f.key).join(', ')}`,
          ),
        )
      const cells = fields.flatMap((field) => {
        const cell = row[field.key]
        const cellPath = `${path}.${field.key}`
        if (cell === undefined) return []
        if (field.kind === 'select' && !(typeof cell === 'string' && field.options?.includes(cell as never)))
          return [at(cellPath, `expected one of: ${field.options?.join(', ')}; found ${found(cell)}`)]
        if (field.kind === 'date' && !isDay(cell)) return [at(cellPath, dayExpected(cell))]
        if (field.kind === 'text' && !isText(cell))
          return [at(cellPath, `expected a text; found ${found(cell)}`)]
        return []
      })
      const empty = fields.every((f) => row[f.key] === undefined)
      return [...unknown, ...cells, ...(empty && unknown.length === 0 ? [at(path, 'the row is empty')] : [])]
    })
  }
  switch (type) {
    case 'short-text':
    case 'long-text':
      return isText(value) ? [] : [at('', `a ${type} answer is a text; found ${found(value)}`)]
    case 'date':
      return isDay(value) ? [] : [at('', dayExpected(value))]
    case 'single-choice':
      return option('', value)
    case 'multiple-choice':
    case 'checklist': {
      const seen = new Set<unknown>()
      return list((item, path) => {
        if (seen.has(item)) return [at(path, `the option "${String(item)}" is chosen twice`)]
        seen.add(item)
        return option(path, item)
      })
    }
    case 'list':
      return list((item, path) => (isText(item) ? [] : [at(path, `expected a text; found ${found(item)}`)]))
    case 'value-compass': {
      if (!isGroup(value) || Object.keys(value).length === 0)
        return [
          at(
            '',
            `a value-compass answer is a group with one entry per value (${values.join(', ')}); found ${found(value)}`,
          ),
        ]
      return Object.entries(value).flatMap(([valueId, entry]): Problem[] => {
        const path = `.${valueId}`
        if (!values.includes(valueId))
          return [
            at(
              path,
              `"${valueId}" is not a value of the value compass (${values.join(', ')})${meant(valueId, values)}`,
            ),
          ]
        if (!isGroup(entry)) return [at(path, `expected rating and justification; found ${found(entry)}`)]
        const extra = Object.keys(entry)
          .filter((key) => key !== 'rating' && key !== 'justification')
          .map((key) =>
            at(`${path}.${key}`, 'is not a field of a rating; the fields are rating and justification'),
          )
        const { rating, justification } = entry
        const goodRating =
          Number.isInteger(rating) && (rating as number) >= 0 && (rating as number) <= COMPASS_MAX
        return [
          ...extra,
          ...(goodRating
            ? []
            : [
                at(
                  `${path}.rating`,
                  `expected a whole number from 0 to ${COMPASS_MAX}; found ${found(rating)}`,
                ),
              ]),
          ...(isText(justification)
            ? []
            : [at(`${path}.justification`, `expected a text; found ${found(justification)}`)]),
        ]
      })
    }
  }
}

/** The data of an answer, which every language must share; texts become null. */
function dataOf(type: QuestionType, value: unknown): unknown {
  if (isRecordType(type)) {
    if (!Array.isArray(value)) return value
    return value.map((row) =>
      isGroup(row)
        ? Object.fromEntries(
            RECORD_FIELDS[type].filter((f) => f.kind !== 'text').map((f) => [f.key, row[f.key] ?? null]),
          )
        : row,
    )
  }
  switch (type) {
    case 'short-text':
    case 'long-text':
      return null
    case 'list':
      return Array.isArray(value) ? value.length : value
    case 'value-compass':
      return isGroup(value)
        ? Object.fromEntries(
            Object.entries(value).map(([id, e]) => [id, isGroup(e) ? (e.rating ?? null) : e]),
          )
        : value
    default:
      return value
  }
}

export function checkSample(input: SampleInput, fail: Fail): void {
  const [leading, ...others] = input.langs
  const sample = input.samples.find((s) => s.lang === leading)
  if (!sample) return
  const questions = new Map<string, Question>(
    input.steps.flatMap((step) => (step.data.questions as Question[]).map((q) => [q.id, q] as const)),
  )
  const stepIds = input.steps.map((s) => s.id)
  const { phase, entryCheck, steps, answers } = sample.data

  if (input.phaseCount !== null && phase > input.phaseCount)
    fail(
      sample,
      'phase',
      `the phase ${phase} does not exist; this handbook has ${input.phaseCount === 1 ? 'phase 1' : `phases 1–${input.phaseCount}`}`,
    )
  if (entryCheck && input.entryCheck && !input.entryCheckBroken) {
    const ids: string[] = input.entryCheck.data.questions.map((q: { id: string }) => q.id)
    for (const key of Object.keys(entryCheck)) {
      if (!ids.includes(key))
        fail(
          sample,
          `entryCheck.${key}`,
          `"${key}" is not a question of the entry check (see ${input.entryCheck.file})${meant(key, ids)}`,
        )
    }
  }
  // A step file whose front matter is broken may hold the step or question named here.
  if (input.stepsBroken) return
  for (const key of Object.keys(steps)) {
    if (!stepIds.includes(key))
      fail(sample, `steps.${key}`, `the wizard step "${key}" does not exist${meant(key, stepIds)}`)
  }
  const values = input.valuesBroken ? null : input.values
  for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
    const question = questions.get(id)
    if (!question) {
      fail(sample, `answers.${id}`, `no wizard step asks the question "${id}"${meant(id, questions.keys())}`)
      continue
    }
    if (question.type === 'value-compass' && !values) continue
    for (const problem of problemsOf(question, value, values ?? []))
      fail(sample, `answers.${id}${problem.path}`, problem.message)
  }

  // Every other language: the same data as the leading one (a difference is one error, at the
  // first place it shows), and texts where the leading language has texts.
  for (const lang of others) {
    const twin = input.samples.find((s) => s.lang === lang)
    if (!twin) continue
    const theirs = twin.data.answers as Record<string, unknown>
    for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
      const question = questions.get(id)
      if (!question || !(id in theirs)) continue
      const own = problemsOf(question, value, values ?? [])
      if (
        JSON.stringify(dataOf(question.type, value)) !== JSON.stringify(dataOf(question.type, theirs[id]))
      ) {
        // A mistake in the leading language's data is reported there, once.
        if (own.length === 0)
          fail(
            twin,
            `answers.${id}`,
            `differs from the ${LANGUAGE_NAMES[leading]} file ${sample.file}; data (option values, days, levels, ratings, the number of entries) must be the same in both languages`,
          )
        continue
      }
      const reported = new Set(own.map((p) => p.path))
      for (const problem of problemsOf(question, theirs[id], values ?? []))
        if (!reported.has(problem.path)) fail(twin, `answers.${id}${problem.path}`, problem.message)
    }
  }
}
