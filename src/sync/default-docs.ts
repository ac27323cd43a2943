/**
 * The app's documents for the sync client: the document core (src/db/docs/), loaded on first use.
 *
 * Until the core is on main, `import.meta.glob` finds nothing and the type below stands in for the
 * core's API (src/sync/contract.md). Once it is merged, this file becomes
 * `const core = () => import('@/db/docs')` and the stand-in type goes.
 */
import type * as Y from 'yjs'
import type { DocRef, DocSource } from './doc-source'

interface DocCore {
  docName(ref: DocRef): string
  openDoc(ref: DocRef): Promise<Y.Doc>
  releaseDoc(doc: Y.Doc): void
  projectIdsOf(teamDoc: Y.Doc): string[]
  ensureTeamRow(teamId: string, name: string): Promise<void>
}

const found = import.meta.glob<DocCore>('../db/docs/index.ts')

let core: DocCore | null = null

async function load(): Promise<DocCore> {
  const loader = found['../db/docs/index.ts']
  if (!loader) throw new Error('The document core (src/db/docs/) is missing')
  core ??= await loader()
  return core
}

/** The core's functions; the synchronous ones work once a document was opened. */
export const defaultDocs: DocSource = {
  name(ref) {
    // The connection names a document only after opening it, so the core is loaded by then.
    if (!core) throw new Error('The document core is not loaded yet')
    return core.docName(ref)
  },
  async open(ref) {
    return (await load()).openDoc(ref)
  },
  release(doc) {
    core?.releaseDoc(doc)
  },
  projectIds(teamDoc) {
    return core ? core.projectIdsOf(teamDoc) : []
  },
  async ensureTeamRow(teamId, name) {
    await (await load()).ensureTeamRow(teamId, name)
  },
}
