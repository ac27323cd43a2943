import type { ExportData } from '../../../src/lib/transfer'

/** A team with two projects and one of everything, as the app would store it. */
export function sampleData(teamId = 'team-1'): ExportData {
  const t = '2026-11-01T09:00:00.000Z'
  return {
    teams: [{ id: teamId, name: 'Team Wärmeschutz', createdAt: t, updatedAt: t }],
    members: [{ id: `${teamId}-m1`, teamId, name: 'Alex', role: 'massnahmenteam' }],
    projects: [
      {
        id: `${teamId}-p1`,
        teamId,
        title: 'Digitale Terminvergabe',
        description: 'Termine online buchen',
        phase: 2,
        currentStepId: 'kick-off',
        archived: false,
        // Redone: the earlier result, and the answers of the check under way.
        entryCheck: {
          answers: { mandat: true, team: false },
          recommendedPhase: 1,
          chosenPhase: 2,
          completedAt: t,
        },
        entryCheckDraft: { answers: { mandat: true, team: true }, updatedAt: t },
        createdAt: t,
        updatedAt: t,
      },
      {
        id: `${teamId}-p2`,
        teamId,
        title: 'Baumkataster',
        description: '',
        phase: 1,
        currentStepId: null,
        archived: true,
        createdAt: t,
        updatedAt: t,
      },
    ],
    answers: [
      { projectId: `${teamId}-p1`, questionId: 'kickoff-titel', value: 'Termine online', updatedAt: t },
      { projectId: `${teamId}-p1`, questionId: 'kickoff-ziele', value: { items: ['a', 'b'] }, updatedAt: t },
    ],
    stepStates: [{ projectId: `${teamId}-p1`, stepId: 'kick-off', status: 'done', updatedAt: t }],
    logbook: [
      {
        id: `${teamId}-l1`,
        projectId: `${teamId}-p1`,
        kind: 'action',
        text: 'Raum buchen',
        owner: 'Alex',
        due: '2026-12-01',
        done: false,
        createdAt: t,
      },
    ],
    favourites: [{ teamId, methodId: 'akteure-kartieren', createdAt: t }],
    collections: [
      {
        id: `${teamId}-c1`,
        teamId,
        name: 'Kick-off-Kit',
        methodIds: ['check-in', 'akteure-kartieren'],
        createdAt: t,
        updatedAt: t,
      },
    ],
    workshops: [
      {
        id: `${teamId}-w1`,
        teamId,
        projectId: `${teamId}-p1`,
        title: 'Kick-off',
        date: '2026-12-03',
        startTime: '09:30',
        endTime: '11:00',
        place: 'Raum 3.12',
        goal: 'Formate festlegen',
        participants: 12,
        items: [
          {
            id: `${teamId}-i1`,
            kind: 'method',
            methodId: 'check-in',
            title: 'Check-in',
            minutes: 10,
            responsible: 'Alex',
            notes: '',
            optional: false,
          },
        ],
        timer: null,
        createdAt: t,
        updatedAt: t,
      },
    ],
  }
}
