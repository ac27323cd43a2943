import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'

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
})

describe('repositories', () => {
  it('show data written through one connection in a live query of another (two tabs)', async () => {
    const tabA = connect('two-tabs')
    const tabB = connect('two-tabs')
    const seen: string[][] = []
    const done = new Promise<void>((resolve) => {
      const sub = liveQuery(() => tabB.repos.teams.recent(10)).subscribe((teams) => {
        seen.push(teams.map((t) => t.name))
        if (teams.length === 1) {
          sub.unsubscribe()
          resolve()
        }
      })
    })
    // Write only after tab B has seen the empty state: a fixed sleep was too short on a busy machine.
    await vi.waitFor(() => expect(seen).toHaveLength(1))
    await tabA.repos.teams.create('  Team Wärmeschutz ')
    await done
    expect(seen.at(0)).toEqual([])
    expect(seen.at(-1)).toEqual(['Team Wärmeschutz'])
  })

  it('delete a team together with everything that belongs to it, and nothing else', async () => {
    const { db, repos } = connect('cascade')
    const keep = await repos.teams.create('Bleibt')
    const team = await repos.teams.create('Geht')
    const project = await repos.projects.create(team.id, 'Digitale Terminvergabe')
    const kept = await repos.projects.create(keep.id, 'Baumkataster')
    await repos.members.add(team.id, 'Alex', 'massnahmenteam')
    await repos.answers.set(project.id, 'kickoff-titel', 'Termine online')
    await repos.answers.set(kept.id, 'kickoff-titel', 'Bäume')
    await repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Start' })
    await repos.favourites.toggle(team.id, 'akteure-kartieren')
    await repos.workshops.create({ teamId: team.id, title: 'Kick-Off' })
    await db.stepStates.put({ projectId: project.id, stepId: 'kick-off', status: 'done', updatedAt: '' })
    await db.collections.add({
      id: 'c1',
      teamId: team.id,
      name: 'Kit',
      methodIds: [],
      createdAt: '',
      updatedAt: '',
    })

    await repos.transfer.removeTeam(team.id)

    expect((await repos.teams.recent(10)).map((t) => t.name)).toEqual(['Bleibt'])
    expect((await db.projects.toArray()).map((p) => p.title)).toEqual(['Baumkataster'])
    expect(await db.answers.toArray()).toMatchObject([{ projectId: kept.id, value: 'Bäume' }])
    expect(await db.members.count()).toBe(0)
    expect(await db.logbook.count()).toBe(0)
    expect(await db.favourites.count()).toBe(0)
    expect(await db.workshops.count()).toBe(0)
    expect(await db.stepStates.count()).toBe(0)
    expect(await db.collections.count()).toBe(0)
  })

  it('store answers and mark the project as edited', async () => {
    const { repos } = connect('answers')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await new Promise((r) => setTimeout(r, 5))
    await repos.answers.set(project.id, 'kickoff-ziele', { items: ['a', 'b'] })
    expect(await repos.answers.listByProject(project.id)).toMatchObject([
      { questionId: 'kickoff-ziele', value: { items: ['a', 'b'] } },
    ])
    expect((await repos.projects.get(project.id))!.updatedAt > project.updatedAt).toBe(true)
  })

  it('toggle favourites per team', async () => {
    const { repos } = connect('favourites')
    const a = (await repos.teams.create('A')).id
    const b = (await repos.teams.create('B')).id
    expect(await repos.favourites.toggle(a, 'check-in')).toBe(true)
    expect(await repos.favourites.toggle(b, 'retrospektive')).toBe(true)
    expect(await repos.favourites.listByTeam(a)).toEqual(['check-in'])
    expect(await repos.favourites.toggle(a, 'check-in')).toBe(false)
    expect(await repos.favourites.listByTeam(a)).toEqual([])
  })
})
