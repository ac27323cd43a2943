import type { SchemaFixture } from './index'
import { v1 } from './v1'

/**
 * Schema version 3: version 2 with the word index of team names (`*nameWords`, derived from the
 * name by hooks and never read back by the app) and projects indexed by [teamId+updatedAt]. The
 * records are those of version 1, teams stored with their words; the app reads them without.
 * Never edit the stores of this file.
 */
export const v3: SchemaFixture = {
  version: 3,
  stores: {
    teams: 'id, updatedAt, *nameWords',
    members: 'id, teamId',
    projects: 'id, teamId, updatedAt, createdAt, [teamId+updatedAt]',
    answers: '[projectId+questionId], projectId',
    stepStates: '[projectId+stepId], projectId',
    logbook: 'id, projectId, createdAt',
    favourites: '[teamId+methodId], teamId',
    collections: 'id, teamId',
    workshops: 'id, teamId, projectId',
    settings: 'key',
  },
  records: {
    ...v1.records,
    teams: (v1.records.teams ?? []).map((team) => ({ ...team, nameWords: ['team', 'waermeschutz'] })),
  },
  expected: v1.records,
}
