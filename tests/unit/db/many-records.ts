import type { Project, Team } from '../../../src/model'

/** Records for tests with many teams and projects: minute by minute from 2026-01-01, newest last. */
export const time = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()

export const team = (i: number, name = `Team ${i}`): Team => ({
  id: `t${i}`,
  name,
  createdAt: time(i),
  updatedAt: time(i),
})

export const project = (teamId: string, i: number): Project => ({
  id: `${teamId}-p${i}`,
  teamId,
  title: `Projekt ${i}`,
  description: '',
  phase: 1,
  currentStepId: null,
  archived: false,
  createdAt: time(i),
  updatedAt: time(i),
})
