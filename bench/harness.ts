/**
 * Bench-only entry, built on its own (never part of dist/) and evaluated inside a page of the
 * production build. It reaches the app's real database (same name and schema) through the app's
 * own repositories, to seed data at scale and to time the autosave write path.
 */
import { answerJournal, createRepositories, HandbookDatabase } from '../src/db/index.ts'
import { generateTeam, type WizardBlueprint } from './scale-data.ts'

const db = new HandbookDatabase()
const repos = createRepositories(db)

export interface SeedResult {
  teams: string[]
  /** The first few projects of each team, by team id. */
  projects: Record<string, string[]>
  records: number
  ms: number
}

async function seed(
  blueprint: WizardBlueprint,
  teams: number,
  projectsPerTeam: number,
  heavy: { team: number; scale: number },
): Promise<SeedResult> {
  const start = performance.now()
  const result: SeedResult = { teams: [], projects: {}, records: 0, ms: 0 }
  for (let t = 0; t < teams; t++) {
    const r = generateTeam(blueprint, t, projectsPerTeam, t === heavy.team ? heavy.scale : 1)
    await db.transaction(
      'rw',
      [db.teams, db.members, db.projects, db.answers, db.stepStates, db.logbook],
      async () => {
        await db.teams.put(r.team)
        await db.members.bulkPut(r.members)
        await db.projects.bulkPut(r.projects)
        await db.answers.bulkPut(r.answers)
        await db.stepStates.bulkPut(r.stepStates)
        await db.logbook.bulkPut(r.logbook)
      },
    )
    result.teams.push(r.team.id)
    result.projects[r.team.id] = r.projects.map((p) => p.id)
    result.records += 1 + r.members.length + r.projects.length + r.answers.length
    result.records += r.stepStates.length + r.logbook.length
  }
  result.ms = performance.now() - start
  return result
}

/**
 * The autosave's write of one answer, as useAutosave does it: crash journal first, then the
 * answer and the project's edit time in one transaction, then the journal entry is settled.
 */
async function autosaveWrites(projectId: string, questionIds: string[], count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const questionId = questionIds[i % questionIds.length]
    const value = `Antwort ${i}: ${'Die Verwaltung prüft den Antrag digital. '.repeat(1 + (i % 8))}`
    const start = performance.now()
    answerJournal.record({ projectId, questionId, value })
    await repos.answers.set(projectId, questionId, value)
    answerJournal.settle({ projectId, questionId, value })
    times.push(performance.now() - start)
  }
  return times
}

const harness = {
  db,
  repos,
  seed,
  autosaveWrites,
  selectTeam: (teamId: string) => repos.settings.set('currentTeamId', teamId),
  createWorkshop: async (teamId: string, title: string, minutes: number[]) =>
    (
      await repos.workshops.create({
        teamId,
        title,
        items: minutes.map((m, i) => ({
          id: `bench-item-${i}`,
          kind: 'text' as const,
          title: `Punkt ${i + 1}`,
          minutes: m,
          responsible: '',
          notes: '',
          optional: false,
        })),
      })
    ).id,
  counts: async () => ({ teams: await db.teams.count(), projects: await db.projects.count() }),
}

export type BenchHarness = typeof harness
;(globalThis as unknown as { __bench: BenchHarness }).__bench = harness
