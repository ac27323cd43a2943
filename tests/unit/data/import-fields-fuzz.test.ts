/**
 * Every field of the export format, broken in every way that matters: a wrong type, missing, too
 * long, an impossible date or time, a number out of range, a list too long, an id used twice, a
 * reference to nothing, bytes in no known encoding. Each input must be refused with a message that
 * names the record and the field, and the database must stay byte-identical.
 */
import Dexie from 'dexie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../../src/app/i18n'
import type { QuestionType } from '../../../src/content/codes'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { importErrorText } from '../../../src/features/data/import-error-text'
import {
  ImportError,
  createExport,
  previewImport,
  readExport,
  readExportFile,
  type ExportDocument,
  type ExportTable,
} from '../../../src/lib/transfer'
import { snapshot } from '../db/snapshot'
import { sampleData } from './sample'

/** Questions of the handbook with one answer of each shape in the document below. */
const QUESTIONS = new Map<string, QuestionType>([
  ['kickoff-titel', 'short-text'],
  ['kickoff-ziele', 'long-text'],
  ['kickoff-zielgruppen', 'list'],
  ['kickoff-team', 'people'],
  ['abschluss1-risiken', 'risks'],
  ['mehrwert-werte', 'value-compass'],
  ['kickoff-formate', 'multiple-choice'],
  ['betrieb-modell', 'single-choice'],
  ['entscheidung-datum', 'date'],
  ['budget-fristen', 'milestones'],
])

const HANDBOOK = { questions: QUESTIONS, phaseCount: 5 }

function validDoc(): ExportDocument {
  const data = sampleData('team-1')
  const p1 = 'team-1-p1'
  const t0 = '2026-11-01T09:00:00.000Z'
  const answer = (questionId: string, value: unknown) => ({ projectId: p1, questionId, value, updatedAt: t0 })
  data.answers = [
    answer('kickoff-titel', 'Termine online'),
    answer('kickoff-ziele', 'Wartezeit halbieren'),
    answer('kickoff-zielgruppen', ['Bürger:innen', 'Sachbearbeitung']),
    answer('kickoff-team', [{ name: 'Alex', role: 'Leitung' }]),
    answer('abschluss1-risiken', [{ risk: 'Zeit', likelihood: 'high', impact: 'low', response: 'Puffer' }]),
    answer('mehrwert-werte', { nachhaltig: { rating: 2, justification: 'Weniger Wege' } }),
    answer('kickoff-formate', ['werkstatt']),
    answer('betrieb-modell', 'eigenbetrieb'),
    answer('entscheidung-datum', '2026-12-15'),
    answer('budget-fristen', [{ date: '2027-03-01', title: 'Antrag' }]),
  ]
  data.projects[0]!.entryCheck = {
    answers: { 'komplexes-thema': true },
    recommendedPhase: 2,
    chosenPhase: 1,
    completedAt: t0,
  }
  // An edited entry of the team, and an automatic one with its event's parameters.
  Object.assign(data.logbook[0]!, { phase: 2, updatedAt: '2026-11-02T09:00:00.000Z' })
  data.logbook.push({
    ...{ id: 'team-1-l2', projectId: p1, kind: 'phase-changed', text: '' },
    ...{ params: { from: 1, to: 2 }, phase: 2, createdAt: t0 },
  })
  data.projects[0]!.entryCheckDraft = { answers: { mandat: false }, updatedAt: t0 }
  data.workshops[0]!.timer = {
    index: 0,
    runningSince: null,
    elapsedMs: 60_000,
    targetEnd: Date.UTC(2026, 11, 3, 11),
  }
  return createExport('team', 'team-1', data, '0.1.0', '2026-11-27T10:00:00.000Z')
}

type Node = Record<string, unknown> | unknown[]
type Slot = { parent: Node; key: string | number; path: (string | number)[] }

/** Every place in the document below `data` and the head fields, with its path. */
function slots(value: unknown, path: (string | number)[] = [], out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ parent: value, key: i, path: [...path, i] })
      slots(v, [...path, i], out)
    })
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (path.length === 0 && (k === 'format' || k === 'formatVersion')) continue
      out.push({ parent: value as Node, key: k, path: [...path, k] })
      slots(v, [...path, k], out)
    }
  }
  return out
}
const pathText = (path: (string | number)[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '')

/** Fields that may be left out: older exports lack them, or they have an empty default. */
const OPTIONAL = [
  /^data\.logbook\[\d+\]\.(owner|due|done|workshopId|agendaItemId|params|phase|updatedAt)$/,
  /^data\.projects\[\d+\]\.(entryCheck|entryCheckDraft)$/,
  /^data\.projects\[\d+\]\.entryCheck\.chosenPhase$/,
  /^data\.workshops\[\d+\]\.(endTime|place|goal|participants|items|timer)$/,
  /\.items\[\d+\]\.(methodId|responsible|notes|optional)$/,
  /\.value\[\d+\]\.\w+$/,
  /\.justification$/,
  // Keyed entries: the entry check's answers and the value compass's ratings, each optional.
  /\.entryCheck(Draft)?\.answers\.[\w-]+$/,
  /\.value\.[\w-]+$/,
]
/** Array entries whose removal leaves a valid document. */
const removable = (path: string) => /\[\d+\]$/.test(path)

const DATE = /^\d{4}-\d{2}-\d{2}$/
const STAMP = /^\d{4}-\d{2}-\d{2}T/
const TIME = /^\d{2}:\d{2}$/
const BAD_DATES = ['2026-02-31', '2026-13-01', '0000-00-00', '99999-12-31', '31.02.2026', '2026-2-3']
const BAD_STAMPS = [
  '0000-00-00T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-11-29T25:00:00Z',
  '99999-12-31T00:00:00Z',
  '1800-01-01T00:00:00Z',
  '2026-11-29 10:00',
]
const BAD_TIMES = ['24:00', '12:60', '9:5', 'mittags']

function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, [], {}]
  if (typeof value === 'number') return ['10', false, [], {}]
  if (typeof value === 'boolean') return ['true', 1, []]
  if (Array.isArray(value)) return ['x', {}, 3]
  if (value === null) return [true, {}]
  return ['x', [], 5]
}

interface Case {
  label: string
  input: string
  /** The path the refusal must name (or begin with). */
  path: string
}

function cases(): Case[] {
  const out: Case[] = []
  const mutate = (label: string, path: string, change: (doc: ExportDocument) => void) => {
    const doc = validDoc()
    change(doc)
    out.push({ label, input: JSON.stringify(doc), path })
  }
  const at = (doc: ExportDocument, slot: Slot) => {
    const found = slots(doc).find((s) => pathText(s.path) === pathText(slot.path))
    if (!found) throw new Error(`no slot ${pathText(slot.path)}`)
    return found
  }
  for (const slot of slots(validDoc())) {
    const path = pathText(slot.path)
    const value = (slot.parent as Record<string | number, unknown>)[slot.key]
    for (const wrong of wrongTypes(value)) {
      mutate(`${path} = ${JSON.stringify(wrong)}`, path, (doc) => {
        const s = at(doc, slot)
        ;(s.parent as Record<string | number, unknown>)[s.key] = wrong
      })
    }
    if (!OPTIONAL.some((re) => re.test(path)) && !removable(path)) {
      mutate(`${path} missing`, path, (doc) => {
        const s = at(doc, slot)
        delete (s.parent as Record<string | number, unknown>)[s.key]
      })
    }
    const bad =
      typeof value !== 'string'
        ? typeof value === 'number'
          ? [-1, 1.5, 1e15]
          : []
        : DATE.test(value)
          ? BAD_DATES
          : STAMP.test(value)
            ? BAD_STAMPS
            : TIME.test(value)
              ? BAD_TIMES
              : ['x'.repeat(100_001)]
    for (const wrong of bad) {
      mutate(`${path} = ${String(wrong).slice(0, 20)}`, path, (doc) => {
        const s = at(doc, slot)
        ;(s.parent as Record<string | number, unknown>)[s.key] = wrong
      })
    }
  }
  // Lists longer than their limit: the tables with small limits, and every list inside a record.
  const LONG: [string, (doc: ExportDocument) => unknown[], number][] = [
    ['data.teams', (d) => d.data.teams, 1],
    ['data.members', (d) => d.data.members, 1_000],
    ['data.favourites', (d) => d.data.favourites, 1_000],
    ['data.collections', (d) => d.data.collections, 1_000],
    ['data.projects', (d) => d.data.projects, 10_000],
    ['data.collections[0].methodIds', (d) => d.data.collections[0]!.methodIds, 1_000],
    ['data.workshops[0].items', (d) => d.data.workshops[0]!.items, 200],
    ['data.answers[2].value', (d) => d.data.answers[2]!.value as unknown[], 1_000],
    ['data.answers[3].value', (d) => d.data.answers[3]!.value as unknown[], 1_000],
    ['data.answers[6].value', (d) => d.data.answers[6]!.value as unknown[], 200],
  ]
  for (const [path, list, limit] of LONG) {
    mutate(`${path} with ${limit + 1} entries`, path, (doc) => {
      const items = list(doc)
      const first = items[0]
      while (items.length <= limit) items.push(structuredClone(first))
    })
  }
  // Ids used twice: within a table, across tables, within a workshop's agenda.
  for (const table of ['members', 'projects', 'logbook', 'collections', 'workshops'] as const) {
    mutate(`${table} id of the team`, `data.${table}[0].id`, (doc) => {
      doc.data[table][0]!.id = 'team-1'
    })
    mutate(`${table} row twice`, `data.${table}[`, (doc) => {
      ;(doc.data[table] as unknown[]).push(structuredClone(doc.data[table][0]))
    })
  }
  for (const table of ['answers', 'stepStates', 'favourites'] as const) {
    mutate(`${table} row twice`, `data.${table}[`, (doc) => {
      ;(doc.data[table] as unknown[]).push(structuredClone(doc.data[table][0]))
    })
  }
  mutate('agenda item id twice', 'data.workshops[0].items[1].id', (doc) => {
    const items = doc.data.workshops[0]!.items
    items.push({ ...items[0]!, title: 'Noch einmal' })
  })
  // References to nothing.
  const OWNERS: [ExportTable, string][] = [
    ['members', 'teamId'],
    ['projects', 'teamId'],
    ['answers', 'projectId'],
    ['stepStates', 'projectId'],
    ['logbook', 'projectId'],
    ['favourites', 'teamId'],
    ['collections', 'teamId'],
    ['workshops', 'teamId'],
    ['workshops', 'projectId'],
  ]
  for (const [table, field] of OWNERS) {
    mutate(`${table}.${field} points nowhere`, `data.${table}[0].${field}`, (doc) => {
      ;(doc.data[table][0] as unknown as Record<string, unknown>)[field] = 'nobody'
    })
  }
  mutate('timer past the agenda', 'data.workshops[0]', (doc) => {
    doc.data.workshops[0]!.timer!.index = 5
  })
  return out
}

let db: HandbookDatabase
let repos: ReturnType<typeof createRepositories>
let before = ''

beforeAll(async () => {
  db = new HandbookDatabase('fields-fuzz')
  repos = createRepositories(db)
  const data = sampleData('team-1')
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
  })
  before = await snapshot(db)
})
afterAll(async () => {
  db.close()
  await Dexie.delete('fields-fuzz')
})

/** Reads the input as the data page does; returns the refusal, or null when it was accepted. */
async function refusal(read: () => Promise<ExportDocument>): Promise<ImportError | null> {
  try {
    const doc = await read()
    previewImport(doc, await repos.transfer.findMatches(doc.data))
    return null
  } catch (err) {
    if (err instanceof ImportError) return err
    throw err
  }
}

describe('every field of the format, broken', () => {
  it('the valid document is accepted with its answers as typed', async () => {
    expect(await refusal(() => readExport(JSON.stringify(validDoc()), HANDBOOK))).toBeNull()
  })

  // Some 600 documents, each read and checked in full: seconds on a busy two-core machine.
  it(
    'is refused, naming record and field, and leaves the database byte-identical',
    { timeout: 60_000 },
    async () => {
      const all = cases()
      expect(all.length).toBeGreaterThanOrEqual(500)
      for (const c of all) {
        const err = await refusal(() => readExport(c.input, HANDBOOK))
        expect(err, c.label).not.toBeNull()
        expect(err!.code, c.label).toBe('invalid-field')
        expect(err!.path.startsWith(c.path), `${c.label}: refused at ${err!.path}`).toBe(true)
        const text = importErrorText(err!)
        if (err!.field) expect(text, c.label).toContain(err!.field)
        if (err!.record) {
          const kind = t(`data.import.record.${err!.record.table as ExportTable}`)
          expect(text, c.label).toContain(`${kind} ${err!.record.index + 1}`)
        }
        const { min, max } = err!.detail
        const bound = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('de'))
        expect(text, c.label).toContain(
          t(`data.import.problems.${err!.problem!}`, { min: bound(min), max: bound(max) }),
        )
      }
      expect(await snapshot(db)).toBe(before)
    },
  )

  it('a phase the handbook in use does not have is refused', async () => {
    const doc = validDoc()
    doc.data.projects[0]!.phase = 5
    const err = await refusal(() => readExport(JSON.stringify(doc), { ...HANDBOOK, phaseCount: 4 }))
    expect(err && importErrorText(err)).toBe(
      'Die Sicherung wurde nicht übernommen, ein Wert darin ist ungültig: Projekt 1 („Digitale Terminvergabe“), Feld „phase“ muss eine ganze Zahl von 1 bis 4 sein. Auf diesem Gerät wurde nichts verändert.',
    )
  })

  it('bytes in no known encoding are refused as such', async () => {
    const json = new TextEncoder().encode(JSON.stringify(validDoc()))
    const inputs = [
      Uint8Array.from([0xff, 0xfe, ...json.slice(0, 200)]),
      Uint8Array.from([...json.slice(0, 100), 0xc3, 0x28, 0x81, 0x8d, ...json.slice(100, 300)]),
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      Uint8Array.from([0x00, 0x00, 0x00, 0x7b]),
    ]
    for (const [i, bytes] of inputs.entries()) {
      const err = await refusal(async () => (await readExportFile(bytes, HANDBOOK)).doc)
      expect(err?.code, `encoding #${i}`).toMatch(/^(encoding|not-export|damaged)$/)
    }
    expect(await snapshot(db)).toBe(before)
  })
})
