/**
 * The team's documents (issue #21): the source of truth of a team's data, persisted by y-dexie in
 * the app's Dexie database, synced by the sync client when a team is shared. See layout.ts for
 * what lives where, materialize.ts for how the rows follow.
 */
import type Dexie from 'dexie'
import type * as Y from 'yjs'
import { TEAM_TABLES, type TeamTable } from '@/model'
import { DocStore } from './store'

export { DocStore, LOCAL, type DocTables, type DocWriter } from './store'
export { docName, type DocRef } from './layout'

const stores = new WeakMap<Dexie, DocStore>()

/** The document store of a database, created on first use; `tables` only counts the first time. */
export function docsOf(db: Dexie, tables: readonly TeamTable[] = TEAM_TABLES): DocStore {
  let store = stores.get(db)
  if (!store) {
    store = new DocStore(db, tables)
    stores.set(db, store)
  }
  return store
}

/** The ids of the projects listed in a team's document. */
export function projectIdsOf(teamDoc: Y.Doc): string[] {
  return [...teamDoc.getMap('projects').keys()].map((key) => (JSON.parse(key) as string[])[0] ?? '')
}
