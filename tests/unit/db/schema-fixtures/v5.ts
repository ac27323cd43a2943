import type { SchemaFixture } from './index'
import { v4 } from './v4'

/**
 * Schema version 5 (issue #21): the stores of version 4 with a Yjs document on every team and every
 * project (y-dexie keeps their updates in `$teams.doc_updates` and `$projects.doc_updates`). The
 * rows are those of version 4; the documents are filled from them when first opened, so the fixture
 * holds no updates. Never edit the stores of this file.
 */
export const v5: SchemaFixture = {
  version: 5,
  stores: {
    teams: 'id, updatedAt, *nameWords, doc: Y.Doc',
    members: 'id, teamId',
    projects: 'id, teamId, updatedAt, createdAt, [teamId+updatedAt], doc: Y.Doc',
    answers: '[projectId+questionId], projectId',
    stepStates: '[projectId+stepId], projectId',
    logbook: 'id, projectId, createdAt',
    favourites: '[teamId+methodId], teamId',
    collections: 'id, teamId',
    workshops: 'id, teamId, projectId',
    settings: 'key',
  },
  records: { ...v4.records, '$teams.doc_updates': [], '$projects.doc_updates': [] },
}
