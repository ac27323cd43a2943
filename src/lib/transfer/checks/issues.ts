/**
 * Turns a refusal of the schema into an ImportError that says which record, which field and what
 * was expected, such as "Projekt 3 („Baumkataster“), Feld title: fehlt".
 */
import type * as z from 'zod/mini'
import { recordLabel } from '@/model'
import { ImportError, type FieldProblem, type ProblemDetail, type RecordRef } from '../errors'

type Path = readonly PropertyKey[]

const TYPE_PROBLEMS: Record<string, FieldProblem> = {
  string: 'not-text',
  number: 'not-number',
  int: 'not-number',
  boolean: 'not-boolean',
  array: 'not-list',
  object: 'not-object',
  record: 'not-object',
}

/** `['data', 'projects', 2, 'title']` as `data.projects[2].title`. */
export function pathText(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  )
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function recordOf(root: unknown, path: Path): RecordRef | null {
  const [data, table, index] = path
  if (data !== 'data' || typeof table !== 'string' || typeof index !== 'number') return null
  return { table, index, label: recordLabel(valueAt(root, path.slice(0, 3))) }
}

/** An ImportError for a problem at `path` of the document `root` (as it was read). */
export function fieldError(root: unknown, path: Path, problem: FieldProblem, detail: ProblemDetail = {}) {
  const record = recordOf(root, path)
  const field = pathText(record ? path.slice(3) : path)
  return new ImportError('invalid-field', pathText(path), problem, detail, record, field)
}

/** The first refusal of a schema check as an ImportError. */
export function issueError(root: unknown, issue: z.core.$ZodIssue): ImportError {
  const { path } = issue
  const missing = valueAt(root, path) === undefined
  let problem: FieldProblem
  let detail: ProblemDetail = {}
  switch (issue.code) {
    case 'invalid_type':
      problem = missing ? 'missing' : (TYPE_PROBLEMS[issue.expected] ?? 'not-allowed')
      break
    case 'too_big':
      problem =
        issue.origin === 'string' ? 'too-long' : issue.origin === 'array' ? 'too-many' : 'out-of-range'
      detail = { max: Number(issue.maximum) }
      break
    case 'too_small':
      problem = issue.origin === 'string' ? 'empty' : 'out-of-range'
      detail = { min: Number(issue.minimum) }
      break
    case 'custom': {
      const params = (issue.params ?? {}) as { problem?: FieldProblem } & ProblemDetail
      problem = params.problem ?? 'not-allowed'
      detail = { min: params.min, max: params.max }
      break
    }
    default:
      // A wrong enum or literal value, a key of the wrong form, a value matching no variant.
      problem = missing ? 'missing' : 'not-allowed'
  }
  return fieldError(root, path, problem, detail)
}
