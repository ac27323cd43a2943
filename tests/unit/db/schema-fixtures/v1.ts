import type { SchemaFixture } from './index'

/**
 * Schema version 1 (app 0.1.0) as it was shipped, with one record of every table. Never edit this
 * file: browsers out there hold databases of exactly this shape.
 */
export const v1: SchemaFixture = {
  version: 1,
  stores: {
    teams: 'id, updatedAt',
    members: 'id, teamId',
    projects: 'id, teamId, updatedAt',
    answers: '[projectId+questionId], projectId',
    stepStates: '[projectId+stepId], projectId',
    logbook: 'id, projectId, createdAt',
    favourites: '[teamId+methodId], teamId',
    collections: 'id, teamId',
    workshops: 'id, teamId, projectId',
    settings: 'key',
  },
  records: {
    teams: [
      {
        id: 't1',
        name: 'Team Wärmeschutz',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    members: [{ id: 'm1', teamId: 't1', name: 'Alex', role: 'massnahmenteam' }],
    projects: [
      {
        id: 'p1',
        teamId: 't1',
        title: 'Digitale Terminvergabe',
        description: 'Termine online buchen',
        phase: 2,
        currentStepId: 'kick-off',
        archived: false,
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    answers: [
      {
        projectId: 'p1',
        questionId: 'kickoff-ziele',
        value: { items: ['a', 'b'] },
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    stepStates: [
      { projectId: 'p1', stepId: 'kick-off', status: 'done', updatedAt: '2026-11-02T09:00:00.000Z' },
    ],
    logbook: [
      {
        id: 'l1',
        projectId: 'p1',
        kind: 'decision',
        text: 'Wir starten',
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    favourites: [{ teamId: 't1', methodId: 'akteure-kartieren', createdAt: '2026-11-02T09:00:00.000Z' }],
    collections: [
      {
        id: 'c1',
        teamId: 't1',
        name: 'Kit',
        methodIds: ['check-in'],
        createdAt: '2026-11-02T09:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    workshops: [
      {
        id: 'w1',
        teamId: 't1',
        projectId: 'p1',
        title: 'Kick-off',
        date: '2026-12-03',
        startTime: '09:30',
        createdAt: '2026-11-02T09:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    settings: [
      { key: 'currentTeamId', value: 't1' },
      { key: 'lastBackupAt', value: '2026-11-02T10:00:00.000Z' },
    ],
  },
}
