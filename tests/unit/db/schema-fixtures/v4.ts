import type { SchemaFixture } from './index'
import { v1 } from './v1'

/**
 * The records of versions 1 to 3 after the upgrade to version 4: each logbook entry with the phase
 * its project was in (the fixture's project never changed phase, so its phase today).
 */
export const upgradedFromV1: SchemaFixture['records'] = {
  ...v1.records,
  logbook: (v1.records.logbook ?? []).map((entry) => ({ ...entry, phase: 2 })),
}

/** Entries as version 4 writes them: an event with parameters, and an entry edited by the team. */
const logbook = [
  ...(upgradedFromV1.logbook ?? []),
  {
    id: 'l2',
    projectId: 'p1',
    kind: 'step-done',
    text: '',
    params: { stepId: 'kick-off' },
    phase: 2,
    createdAt: '2026-11-03T09:00:00.000Z',
  },
  {
    id: 'l3',
    projectId: 'p1',
    kind: 'note',
    text: 'Raum gebucht',
    phase: 2,
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-04T10:00:00.000Z',
  },
]

/**
 * Schema version 4 (issue #17): the stores of version 3; logbook entries record their project's
 * phase, automatic ones their event as a kind with parameters, edited ones the time of the edit.
 * Never edit the stores of this file.
 */
export const v4: SchemaFixture = {
  version: 4,
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
    ...upgradedFromV1,
    teams: (v1.records.teams ?? []).map((team) => ({ ...team, nameWords: ['team', 'waermeschutz'] })),
    logbook,
  },
  expected: { ...upgradedFromV1, logbook },
}
