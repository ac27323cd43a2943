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

/**
 * Many small teams, as a hostile import of 100 000 left them: added in chunks through the app's
 * database (its hooks index every name), each chunk one transaction.
 */
async function seedManyTeams(count: number, chunk = 5000): Promise<number> {
  const start = performance.now()
  const time = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString()
  for (let from = 0; from < count; from += chunk) {
    const teams = Array.from({ length: Math.min(chunk, count - from) }, (_, k) => {
      const i = from + k
      return { id: `bench-many-${i}`, name: `Import ${i} Team`, createdAt: time(i), updatedAt: time(i) }
    })
    await db.teams.bulkAdd(teams)
  }
  return performance.now() - start
}

/**
 * One team with `projects` plain projects (no answers), the most recently edited of them with a
 * description of `descriptionChars` characters. Returns the ids of the team and of that project.
 */
async function seedBigTeam(
  projects: number,
  descriptionChars: number,
): Promise<{ teamId: string; projectId: string; title: string; ms: number }> {
  const start = performance.now()
  const time = (i: number) => new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString()
  const team = await repos.teams.create('Großes Team Projektflut')
  const sentence = 'Die Verwaltung prüft den Antrag digital und meldet sich bei den Bürgerinnen. '
  const rows = Array.from({ length: projects }, (_, i) => ({
    id: `bench-big-${i}`,
    teamId: team.id,
    title: `Vorhaben ${i + 1}`,
    description: i === projects - 1 ? sentence.repeat(Math.ceil(descriptionChars / sentence.length)) : '',
    phase: 1 + (i % 5),
    currentStepId: null,
    archived: false,
    createdAt: time(i),
    updatedAt: time(i),
  }))
  await db.projects.bulkAdd(rows)
  const last = rows[rows.length - 1]
  return { teamId: team.id, projectId: last.id, title: last.title, ms: performance.now() - start }
}

const harness = {
  db,
  repos,
  seed,
  seedManyTeams,
  seedBigTeam,
  autosaveWrites,
  selectTeam: (teamId: string) => repos.settings.set('currentTeamId', teamId),
  /** A workshop of a new team (a workshop lives in its team's document, so the team must exist). */
  createWorkshop: async (title: string, minutes: number[]) =>
    (
      await repos.workshops.create({
        teamId: (await repos.teams.create('Bench')).id,
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
