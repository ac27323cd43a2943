/**
 * The app's documents for the sync client: the document core (src/db/docs/) of the app's database,
 * loaded with the storage layer on first use.
 */
import type * as Y from 'yjs'
import type { DocSource } from './doc-source'

type Storage = typeof import('@/db')

let storage: Storage | null = null

async function load(): Promise<Storage> {
  storage ??= await import('@/db')
  return storage
}

/** The core's functions; the synchronous ones work once a document was opened. */
export const defaultDocs: DocSource = {
  name(ref) {
    // The connection names a document only after opening it, so the storage layer is loaded by then.
    if (!storage) throw new Error('The storage layer is not loaded yet')
    return storage.docName(ref)
  },
  async open(ref) {
    return (await load()).appDocuments().open(ref)
  },
  release(doc: Y.Doc) {
    storage?.appDocuments().release(doc)
  },
  projectIds(teamDoc) {
    return storage ? storage.projectIdsOf(teamDoc) : []
  },
  async ensureTeamRow(teamId, name) {
    await (await load()).ensureTeamRow(teamId, name)
  },
}
