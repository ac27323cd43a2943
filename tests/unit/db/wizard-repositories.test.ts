import { afterEach, describe, expect, it } from 'vitest'
import { HandbookDatabase, answerJournal, createRepositories } from '../../../src/db'
import { restorePlan } from '../../../src/lib/transfer'

const open: HandbookDatabase[] = []
function connect(name: string) {
  const db = new HandbookDatabase(name)
  open.push(db)
  return { db, repos: createRepositories(db) }
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close()
    await db.delete()
  }
  window.localStorage.clear()
})

describe('repositories of teams, projects and the wizard', () => {
  it('restore a deleted team with everything that belonged to it (undo)', async () => {
    const { db, repos } = connect('undo')
    const team = await repos.teams.create('Wärmeschutz')
    const project = await repos.projects.create(team.id, 'Terminvergabe')
    await repos.members.add(team.id, 'Alex', 'massnahmenteam')
    await repos.answers.set(project.id, 'kickoff-titel', 'Termine')
    await repos.stepStates.set(project.id, 'kick-off', 'done')
    await repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Start' })

    const removed = await repos.transfer.collectTeam(team.id)
    await repos.transfer.removeTeam(team.id)
    expect(await db.projects.count()).toBe(0)
    await repos.transfer.apply(restorePlan(removed!))

    expect((await repos.teams.recent(10)).map((t) => t.name)).toEqual(['Wärmeschutz'])
    expect(await repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': 'Termine' })
    expect(await repos.stepStates.listByProject(project.id)).toMatchObject([
      { stepId: 'kick-off', status: 'done' },
    ])
    expect((await repos.members.listByTeam(team.id)).map((m) => m.name)).toEqual(['Alex'])
    expect(await repos.logbook.listByProject(project.id)).toHaveLength(1)
  })

  it('prefill an answer once, only where none is stored, without counting as an edit', async () => {
    const { repos } = connect('prefill')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Terminvergabe')
    const edited = (await repos.projects.get(project.id))!.updatedAt

    expect(await repos.answers.prefill(project.id, 'kickoff-titel', 'Terminvergabe')).toBe(true)
    expect(await repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': 'Terminvergabe' })
    expect((await repos.projects.get(project.id))!.updatedAt).toBe(edited)

    // The team emptied the field: it stays empty, and a typed answer is never written over.
    await repos.answers.set(project.id, 'kickoff-titel', '')
    expect(await repos.answers.prefill(project.id, 'kickoff-titel', 'Terminvergabe')).toBe(false)
    expect(await repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': '' })
  })

  it('duplicate a project as a template: answers copied, states and entry check not', async () => {
    const { repos } = connect('duplicate')
    const team = await repos.teams.create('Team')
    const source = await repos.projects.create(team.id, 'Vorlage')
    await repos.projects.update(source.id, {
      phase: 3,
      entryCheck: { answers: { mandat: true }, recommendedPhase: 3, completedAt: '' },
    })
    await repos.projects.saveEntryCheckDraft(source.id, { mandat: false })
    await repos.answers.set(source.id, 'kickoff-ziele', 'Ziele')
    await repos.stepStates.set(source.id, 'kick-off', 'done')

    const copy = await repos.projects.duplicate(source.id, 'Vorlage (Kopie)')

    expect(copy).toMatchObject({ title: 'Vorlage (Kopie)', teamId: team.id, archived: false })
    expect(copy!.entryCheck).toBeUndefined()
    expect(await repos.projects.get(copy!.id)).not.toHaveProperty('entryCheckDraft')
    expect(await repos.answers.mapByProject(copy!.id)).toEqual({ 'kickoff-ziele': 'Ziele' })
    expect(await repos.stepStates.listByProject(copy!.id)).toEqual([])
    expect(await repos.answers.mapByProject(source.id)).toEqual({ 'kickoff-ziele': 'Ziele' })
  })

  it('keep the answers of an entry check under way until its result replaces them', async () => {
    const { repos } = connect('entry-draft')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await repos.projects.saveEntryCheckDraft(project.id, { mandat: true })
    await repos.projects.saveEntryCheckDraft(project.id, { mandat: true, team: false })
    expect((await repos.projects.get(project.id))!.entryCheckDraft).toMatchObject({
      answers: { mandat: true, team: false },
    })

    const result = {
      answers: { mandat: true, team: false },
      recommendedPhase: 1,
      chosenPhase: 2,
      completedAt: '',
    }
    await repos.projects.update(project.id, { entryCheck: result, entryCheckDraft: undefined })
    const stored = await repos.projects.get(project.id)
    expect(stored!.entryCheck).toEqual(result)
    // Gone, not kept as an undefined field: the next visit opens on the result.
    expect(stored).not.toHaveProperty('entryCheckDraft')
  })

  it('replay answers from the crash journal that never reached IndexedDB', async () => {
    const { repos } = connect('journal')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    answerJournal.record({
      projectId: project.id,
      questionId: 'kickoff-ziele',
      value: 'Getippt vor dem Absturz',
    })
    answerJournal.record({ projectId: 'gelöscht', questionId: 'x', value: 'weg' })

    expect(await repos.answers.mapByProject(project.id)).toEqual({})
    await repos.answers.replayJournal(project.id)
    expect(await repos.answers.mapByProject(project.id)).toEqual({
      'kickoff-ziele': 'Getippt vor dem Absturz',
    })
    expect(answerJournal.pending(project.id)).toEqual([])
    expect(answerJournal.pending()).toHaveLength(1)
    await repos.answers.replayJournal()
    expect(answerJournal.pending()).toEqual([])
  })

  it('reads only the answers of the questions asked for', async () => {
    const { repos } = connect('by-questions')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    const other = await repos.projects.create(team.id, 'Anderes')
    await repos.answers.set(project.id, 'kickoff-ziele', 'Ziele')
    await repos.answers.set(project.id, 'kickoff-titel', 'Titel')
    await repos.answers.set(other.id, 'kickoff-ziele', 'Fremd')

    expect(await repos.answers.mapByQuestions(project.id, ['kickoff-ziele', 'nie-beantwortet'])).toEqual({
      'kickoff-ziele': 'Ziele',
    })
    expect(await repos.answers.mapByQuestions(project.id, [])).toEqual({})
  })

  it('lists teams and projects most recently edited first, and step states of the projects asked for', async () => {
    const { db, repos } = connect('lists')
    const older = await repos.teams.create('Älter')
    const newer = await repos.teams.create('Neuer')
    await db.teams.update(older.id, { updatedAt: '2026-01-01T00:00:00.000Z' })
    await db.teams.update(newer.id, { updatedAt: '2026-02-01T00:00:00.000Z' })
    expect((await repos.teams.recent(10)).map((t) => t.name)).toEqual(['Neuer', 'Älter'])

    const titles = ['März', 'Januar', 'Mai']
    const times = ['2026-03-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z']
    const projects = []
    for (const [i, title] of titles.entries()) {
      const project = await repos.projects.create(older.id, title)
      await repos.stepStates.set(project.id, 'kick-off', 'done')
      await db.projects.update(project.id, { updatedAt: times[i] })
      projects.push(project)
    }
    await repos.projects.create(newer.id, 'Anderes Team')
    expect((await repos.projects.listByTeam(older.id)).map((p) => p.title)).toEqual(['Mai', 'März', 'Januar'])

    const states = await repos.stepStates.listByProjects([projects[0].id, projects[2].id])
    expect(states.map((s) => s.projectId).sort()).toEqual([projects[0].id, projects[2].id].sort())
    expect(await repos.stepStates.listByProjects([])).toEqual([])
  })
})
