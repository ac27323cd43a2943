import type { SchemaFixture } from './index'
import { v1 } from './v1'

/**
 * Schema version 2 (app 0.2.0): version 1 with projects indexed by `createdAt`. The records are
 * those of version 1, as adding an index changes no record. Never edit the stores of this file.
 */
export const v2: SchemaFixture = {
  version: 2,
  stores: {
    teams: 'id, updatedAt',
    members: 'id, teamId',
    projects: 'id, teamId, updatedAt, createdAt',
    answers: '[projectId+questionId], projectId',
    stepStates: '[projectId+stepId], projectId',
    logbook: 'id, projectId, createdAt',
    favourites: '[teamId+methodId], teamId',
    collections: 'id, teamId',
    workshops: 'id, teamId, projectId',
    settings: 'key',
  },
  records: v1.records,
}
