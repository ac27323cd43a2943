/**
 * Hand-written validation of the export format (a schema library would add kilobytes to a page
 * that needs only this). Every check names the path of the first bad field. Unknown extra fields
 * of a record are kept, as later app versions add fields without a new format version, but they
 * must be plain JSON without prototype keys.
 */
import { ImportError, type FieldProblem } from './errors'
import { TEAM_ROOT, TEAM_TABLES, rowKey } from '@/model'
import type { ExportData, ExportDocument, ExportTable } from './format'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32
const MAX_ID = 200
const MAX_NAME = 2000

type Rec = Record<string, unknown>
type Check = (value: unknown, path: string) => void

const fail = (path: string, problem: FieldProblem): never => {
  throw new ImportError('invalid-field', path, problem)
}

export const isObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Rejects prototype keys and absurd nesting anywhere, before any field is read. */
export function checkPlainJson(value: unknown, path = '', depth = 0): void {
  if (depth > MAX_DEPTH) fail(path, 'too-deep')
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkPlainJson(item, `${path}[${i}]`, depth + 1))
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) fail(child, 'forbidden-key')
      checkPlainJson(value[key], child, depth + 1)
    }
  }
}

const text =
  (max = Infinity): Check =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'not-text')
    if ((value as string).length > max) fail(path, 'too-long')
  }
const id = text(MAX_ID)
const name = text(MAX_NAME)
const time = text(64)
const orNull =
  (check: Check): Check =>
  (value, path) => {
    if (value !== null) check(value, path)
  }
const OPTIONAL = new WeakSet<Check>()
const optional = (check: Check): Check => {
  const wrapped: Check = (value, path) => {
    if (value !== undefined) check(value, path)
  }
  OPTIONAL.add(wrapped)
  return wrapped
}
const bool: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'not-boolean')
}
const integer =
  (min: number, max: number): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'not-number')
    if ((value as number) < min || (value as number) > max) fail(path, 'not-allowed')
  }
const oneOf =
  (...allowed: string[]): Check =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'not-text')
    if (!allowed.includes(value as string)) fail(path, 'not-allowed')
  }
const listOf =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'not-list')
    ;(value as unknown[]).forEach((item, i) => check(item, `${path}[${i}]`))
  }
const present: Check = (value, path) => {
  if (value === undefined) fail(path, 'missing')
}

const workshopItem: Check = (value, path) => {
  if (!isObject(value)) fail(path, 'not-object')
  id((value as Rec).id, `${path}.id`)
  name((value as Rec).title, `${path}.title`)
}

const RECORDS: Record<ExportTable, Record<string, Check>> = {
  teams: { id, name, createdAt: time, updatedAt: time },
  members: { id, teamId: id, name, role: name },
  projects: {
    id,
    teamId: id,
    title: name,
    description: text(),
    phase: integer(1, 5),
    currentStepId: orNull(id),
    archived: bool,
    createdAt: time,
    updatedAt: time,
  },
  answers: { projectId: id, questionId: id, value: present, updatedAt: time },
  stepStates: {
    projectId: id,
    stepId: id,
    status: oneOf('open', 'in-progress', 'done', 'skipped', 'not-relevant'),
    updatedAt: time,
  },
  logbook: {
    id,
    projectId: id,
    kind: oneOf('note', 'decision', 'action', 'step-done', 'phase-changed', 'moved-on-open'),
    text: text(),
    owner: optional(text()),
    due: optional(text()),
    done: optional(bool),
    workshopId: optional(id),
    agendaItemId: optional(id),
    createdAt: time,
  },
  favourites: { teamId: id, methodId: id, createdAt: time },
  collections: { id, teamId: id, name, methodIds: listOf(id), createdAt: time, updatedAt: time },
  workshops: {
    id,
    teamId: id,
    projectId: orNull(id),
    title: name,
    date: orNull(time),
    startTime: orNull(time),
    // Fields of the workshop planner; optional, as exports of app 0.1.0 do not have them.
    endTime: optional(orNull(time)),
    place: optional(text()),
    goal: optional(text()),
    participants: optional(orNull(integer(0, 1_000_000))),
    items: optional(listOf(workshopItem)),
    createdAt: time,
    updatedAt: time,
  },
}

function checkRecord(table: ExportTable, value: unknown, path: string): void {
  if (!isObject(value)) fail(path, 'not-object')
  for (const [field, check] of Object.entries(RECORDS[table])) {
    const child = `${path}.${field}`
    const fieldValue = (value as Rec)[field]
    if (fieldValue === undefined && !OPTIONAL.has(check)) fail(child, 'missing')
    check(fieldValue, child)
  }
}

/**
 * Every record must belong to a team or project of the same document: the owner field and the
 * project field that the registry names for each table.
 */
function checkReferences(data: ExportData): void {
  const known = {
    team: new Set(data.teams.map((t) => t.id)),
    project: new Set(data.projects.map((p) => p.id)),
  }
  for (const table of TEAM_TABLES) {
    if (table.name === TEAM_ROOT) continue
    const rows = data[table.name] as unknown as Rec[]
    rows.forEach((record, i) => {
      if (!known[table.owner].has(record[table.ownerField] as string)) {
        fail(`data.${table.name}[${i}].${table.ownerField}`, 'unknown-reference')
      }
      if ('projectField' in table) {
        const projectId = record[table.projectField]
        if (projectId !== null && !known.project.has(projectId as string)) {
          fail(`data.${table.name}[${i}].${table.projectField}`, 'unknown-reference')
        }
      }
    })
  }
}

/** Checks a document of the current format version; throws an ImportError naming the first bad field. */
export function validateCurrent(doc: Rec): ExportDocument {
  const head: [string, Check][] = [
    ['appVersion', text(64)],
    ['exportedAt', time],
    ['scope', oneOf('team', 'project')],
    ['rootId', id],
  ]
  for (const [field, check] of head) {
    if (doc[field] === undefined) fail(field, 'missing')
    check(doc[field], field)
  }
  if (!isObject(doc.data)) fail('data', doc.data === undefined ? 'missing' : 'not-object')
  const data = doc.data as Rec
  for (const spec of TEAM_TABLES) {
    const table = spec.name
    const path = `data.${table}`
    if (data[table] === undefined) fail(path, 'missing')
    if (!Array.isArray(data[table])) fail(path, 'not-list')
    const seen = new Set<string>()
    ;(data[table] as unknown[]).forEach((record, i) => {
      checkRecord(table, record, `${path}[${i}]`)
      const key = rowKey(spec, record as Rec)
      if (seen.has(key)) fail(`${path}[${i}]`, 'duplicate')
      seen.add(key)
    })
  }
  const valid = doc as unknown as ExportDocument
  checkReferences(valid.data)
  const roots = valid.scope === 'team' ? valid.data.teams : valid.data.projects
  if (!roots.some((r) => r.id === valid.rootId)) fail('rootId', 'unknown-reference')
  if (valid.scope === 'team' && valid.data.teams.length !== 1) fail('data.teams', 'not-allowed')
  return valid
}
