/**
 * Opening, caching and changing the documents of a database. A document stays open while someone
 * holds it (the sync client, a write under way) and a while after, so typing does not reload it
 * for every keystroke. While open, every change to it is materialized into the Dexie rows.
 */
import type Dexie from 'dexie'
import { DexieYProvider } from 'y-dexie'
import type * as Y from 'yjs'
import { PROJECT_ROOT, TEAM_ROOT, type TeamTable } from '@/model'
import { ADOPTED, fillDocument, markInitialized, rowsFor } from './adopt'
import {
  deleteRow,
  isInitialized,
  patchRow,
  putRow,
  readRow,
  readRows,
  seedRow,
  tablesIn,
  type DocRef,
  type Row,
} from './layout'
import { changedKeysOf, materialize, materializeAll, type ChangedKeys } from './materialize'
import { loadRowCheck } from './row-check'
import { PROJECT_DOC_UPDATES, TEAM_DOC_UPDATES } from '../team-data'

/** The origin of this tab's own writes. */
export const LOCAL = Symbol('local write')

/** How long a project document no one holds stays loaded. */
const IDLE_MS = 30_000
/**
 * How many project documents no one holds stay loaded at most. Each loaded document's y-dexie
 * provider reads every update stored after its own last one, of any document (y-dexie 4.4 queries
 * by update number, then filters by document), so with many loaded documents an export or import
 * that stores one large update per project read each update once per loaded document.
 */
const MAX_IDLE = 3

interface Entry {
  doc: Y.Doc
  ref: DocRef
  holders: number
  idle: ReturnType<typeof setTimeout> | null
  changed: ChangedKeys
  /** Materializations run one after another, in the order of the changes. */
  queue: Promise<void>
  scheduled: boolean
  /** Whether a change since the last materialization came from elsewhere (then rows are checked). */
  foreign: boolean
  ready: Promise<void>
}

/** Reads and writes the rows of one document inside `DocStore.change`. */
export interface DocTables {
  get(table: string, key: unknown[]): Row | undefined
  all(table: string): Row[]
  put(table: string, row: Row): void
  /** Writes a row every device may write by itself with the same content (see `seedRow`). */
  seed(table: string, row: Row): void
  patch(table: string, key: unknown[], changes: Row): boolean
  delete(table: string, key: unknown[]): boolean
}

export interface DocWriter {
  team: DocTables
  project(projectId: string): DocTables
}

export class DocStore {
  private readonly entries = new Map<string, Entry>()
  /**
   * The last stored update of each document whose rows were found right in this page's life (see
   * `load`): opened again with no update since, its rows need no second look.
   */
  private readonly verified = new Map<string, number>()

  constructor(
    private readonly db: Dexie,
    private readonly tables: readonly TeamTable[],
  ) {}

  private table(name: string): TeamTable {
    const table = this.tables.find((t) => t.name === name)
    if (!table) throw new Error(`Unknown team table ${name}`)
    return table
  }

  private keyOf(ref: DocRef) {
    return ref.kind === 'team' ? `${TEAM_ROOT}:${ref.teamId}` : `${PROJECT_ROOT}:${ref.projectId}`
  }

  /**
   * Loads a document (its parent row, the team's or the project's, must exist) and holds it until
   * `release`. An uninitialized document is filled from its rows, unless `adopt` is false.
   */
  async open(ref: DocRef, { adopt = true } = {}): Promise<Y.Doc> {
    const key = this.keyOf(ref)
    let entry = this.entries.get(key)
    if (!entry) {
      entry = this.load(ref, key, adopt)
      this.entries.set(key, entry)
    }
    entry.holders++
    if (entry.idle) clearTimeout(entry.idle)
    entry.idle = null
    try {
      await entry.ready
    } catch (error) {
      this.entries.delete(key)
      throw error
    }
    return entry.doc
  }

  /** Lets go of a document opened with `open`. */
  release(doc: Y.Doc): void {
    const entry = [...this.entries.values()].find((e) => e.doc === doc)
    if (!entry) return
    entry.holders = Math.max(0, entry.holders - 1)
    // A team's document stays loaded for the page's life: it is small, and nearly every write of
    // the team touches it (a project's `updatedAt`, the live timer of a workshop), so loading it
    // again each time would make the next write wait. Project documents go after a pause.
    if (entry.holders > 0 || entry.ref.kind !== 'project') return
    entry.idle = setTimeout(() => this.unload(entry), IDLE_MS)
    // Moved to the end of the map, whose order is then the order of release: the documents idle
    // longest go first.
    const key = this.keyOf(entry.ref)
    this.entries.delete(key)
    this.entries.set(key, entry)
    const idle = [...this.entries.values()].filter((e) => e.idle)
    for (const old of idle.slice(0, Math.max(0, idle.length - MAX_IDLE))) {
      clearTimeout(old.idle!)
      this.unload(old)
    }
  }

  private load(ref: DocRef, key: string, adopt: boolean): Entry {
    const parent = ref.kind === 'team' ? TEAM_ROOT : PROJECT_ROOT
    const id = ref.kind === 'team' ? ref.teamId : ref.projectId
    const doc = DexieYProvider.getOrCreateDocument(this.db, parent, 'doc', id)
    const entry: Entry = {
      doc,
      ref,
      holders: 0,
      idle: null,
      changed: new Map(),
      queue: Promise.resolve(),
      scheduled: false,
      foreign: false,
      ready: Promise.resolve(),
    }
    entry.ready = (async () => {
      // A project that just arrived in the team's document gets its row once that change is derived.
      const team =
        ref.kind === 'project' && this.entries.get(this.keyOf({ kind: 'team', teamId: ref.teamId }))
      if (team) await this.flushed(team)
      if (!(await this.db.table(parent).get(id))) throw new Error(`No ${parent} row ${id}`)
      const provider = DexieYProvider.load(doc)
      await provider.whenLoaded
      const own = tablesIn(ref.kind, this.tables)
      for (const table of own) {
        const keys = new Set<string>()
        entry.changed.set(table.name, keys)
        doc.getMap(table.name).observeDeep((events, transaction) => {
          // Filled from the rows (adopt.ts): the rows already say it. materializeAll below writes
          // any row that reads differently, without writing a large project's rows a second time.
          if (transaction.origin === ADOPTED) return
          changedKeysOf(events, keys)
          if (transaction.origin !== LOCAL) entry.foreign = true
          this.schedule(entry)
        })
      }
      doc.on('destroy', () => {
        if (this.entries.get(key) === entry) this.entries.delete(key)
      })
      // Only a document never filled reads its rows: a large project's rows are megabytes.
      const stored = adopt && !isInitialized(doc) ? await rowsFor(this.db, ref, this.tables) : undefined
      if (stored) fillDocument(doc, ref, stored)
      await this.flushed(entry)
      // Rows a crash cut off after their document change was stored are derived again; they may
      // have come from another device, so they are checked. Rows just read for the filling are
      // compared as read, not read a second time; a document checked before in this page, with no
      // update stored since, is not checked again (an export opens every project of a team).
      const last = await this.lastUpdate(ref)
      if (stored || this.verified.get(key) !== last) {
        await materializeAll(this.db, doc, ref, own, await loadRowCheck(), stored)
        this.verified.set(key, last)
      }
    })()
    return entry
  }

  /** The number of the last update stored for a document; 0 for none. */
  private async lastUpdate(ref: DocRef): Promise<number> {
    const [table, id] =
      ref.kind === 'team' ? [TEAM_DOC_UPDATES, ref.teamId] : [PROJECT_DOC_UPDATES, ref.projectId]
    // Keys only, in the order of the updates: their contents may be megabytes.
    const keys = await this.db.table(table).where('k').equals(id).primaryKeys()
    return (keys.at(-1) as number | undefined) ?? 0
  }

  private unload(entry: Entry) {
    if (entry.holders > 0) return
    this.entries.delete(this.keyOf(entry.ref))
    void entry.queue.finally(() => DexieYProvider.release(entry.doc))
  }

  /** Materializes the changes collected so far, once per task however many transactions came. */
  private schedule(entry: Entry) {
    if (entry.scheduled) return
    entry.scheduled = true
    queueMicrotask(() => {
      entry.scheduled = false
      const foreign = entry.foreign
      entry.foreign = false
      const changed: ChangedKeys = new Map()
      for (const [name, keys] of entry.changed) {
        if (keys.size) changed.set(name, new Set(keys))
        keys.clear()
      }
      entry.queue = entry.queue
        .then(async () => {
          const check = foreign ? await loadRowCheck() : undefined
          await materialize(this.db, entry.doc, entry.ref, changed, this.tables, check)
        })
        .catch((error: unknown) => console.error('Could not update the stored rows', error))
    })
  }

  /** Resolves when every change made so far is in the Dexie rows. */
  private async flushed(entry: Entry): Promise<void> {
    await Promise.resolve()
    await entry.queue
  }

  private tablesOf(doc: Y.Doc): DocTables {
    const write = (fn: () => boolean | void): boolean => {
      let result = false
      doc.transact(() => {
        result = fn() === true
      }, LOCAL)
      return result
    }
    return {
      get: (name, key) => readRow(doc, this.table(name), JSON.stringify(key)),
      all: (name) => readRows(doc, this.table(name)),
      put: (name, row) => void write(() => putRow(doc, this.table(name), row)),
      seed: (name, row) => void write(() => seedRow(doc, this.table(name), row)),
      patch: (name, key, changes) =>
        write(() => patchRow(doc, this.table(name), JSON.stringify(key), changes)),
      delete: (name, key) => write(() => deleteRow(doc, this.table(name), JSON.stringify(key))),
    }
  }

  /**
   * Opens the team's document and the named projects' documents, runs `fn` on them and resolves once
   * the Dexie rows show every change. `fn` runs synchronously: what it reads is what it changes.
   */
  async change<T>(
    scope: { teamId: string; projectIds?: readonly string[] },
    fn: (writer: DocWriter) => T,
  ): Promise<T> {
    const teamDoc = await this.open({ kind: 'team', teamId: scope.teamId })
    const projectDocs = new Map<string, Y.Doc>()
    try {
      for (const projectId of scope.projectIds ?? [])
        projectDocs.set(projectId, await this.open({ kind: 'project', teamId: scope.teamId, projectId }))
      const writer: DocWriter = {
        team: this.tablesOf(teamDoc),
        project: (projectId) => {
          const doc = projectDocs.get(projectId)
          if (!doc) throw new Error(`Project ${projectId} was not opened for this change`)
          return this.tablesOf(doc)
        },
      }
      const result = fn(writer)
      await Promise.all([teamDoc, ...projectDocs.values()].map((doc) => this.settled(doc)))
      return result
    } finally {
      this.release(teamDoc)
      for (const doc of projectDocs.values()) this.release(doc)
    }
  }

  /** Resolves once the rows show every change made to the document so far. */
  async settled(doc: Y.Doc): Promise<void> {
    const entry = [...this.entries.values()].find((e) => e.doc === doc)
    if (entry) await this.flushed(entry)
  }

  /** Marks a joined team's document as initialized, so it is never filled from its placeholder row. */
  async initializeEmpty(ref: DocRef): Promise<void> {
    const doc = await this.open(ref, { adopt: false })
    markInitialized(doc, ref)
    this.release(doc)
  }

  /**
   * Drops the loaded documents of a team and its projects without storing anything: after an import
   * replaced or deleted them, the next `open` reads what storage holds now.
   */
  forgetTeam(teamId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.ref.teamId !== teamId) continue
      this.entries.delete(key)
      if (entry.idle) clearTimeout(entry.idle)
      entry.doc.destroy()
    }
  }

  /** Lets go of every document (tests, and before the database is cleared). */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()]
    this.entries.clear()
    for (const entry of entries) {
      if (entry.idle) clearTimeout(entry.idle)
      await entry.queue
      DexieYProvider.release(entry.doc)
    }
  }
}
