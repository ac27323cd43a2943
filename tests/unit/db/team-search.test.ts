import { afterEach, describe, expect, it } from 'vitest'
import { restorePlan } from '../../../src/lib/transfer'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import type { Team } from '../../../src/model'
import { project, team } from './many-records'

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

describe('finding teams among many', () => {
  it('reads a bounded page: the most recent teams, or those matching the typed words', async () => {
    const { db, repos } = connect('team-pages')
    await db.teams.bulkAdd(Array.from({ length: 500 }, (_, i) => team(i)))
    await db.teams.add(team(900, 'Team Wärmeschutz Nord'))

    expect(await repos.teams.count()).toBe(501)
    expect((await repos.teams.recent(3)).map((t) => t.name)).toEqual([
      'Team Wärmeschutz Nord',
      'Team 499',
      'Team 498',
    ])
    expect((await repos.teams.search('', 2)).map((t) => t.id)).toEqual(['t900', 't499'])
    expect((await repos.teams.search('waerme', 10)).map((t) => t.id)).toEqual(['t900'])
    expect((await repos.teams.search('team 4', 5)).map((t) => t.name)).toEqual([
      'Team 4',
      'Team 40',
      'Team 400',
      'Team 401',
      'Team 402',
    ])
    expect(await repos.teams.search('team 12 nord', 10)).toEqual([])
    expect((await repos.teams.mostRecent())?.id).toBe('t900')
  })

  it('keeps the words in step with renames and imports, whatever an import file claims', async () => {
    const { repos } = connect('team-words')
    const created = await repos.teams.create('Baumkataster')
    await repos.teams.rename(created.id, 'Parkraum Süd')
    expect(await repos.teams.search('baum', 10)).toEqual([])
    expect((await repos.teams.search('süd', 10)).map((t) => t.id)).toEqual([created.id])

    // An import that replaces the team, with words of its own that do not belong to the name.
    const crafted = { ...team(7, 'Schattenplätze'), nameWords: ['alles'] } as Team
    await repos.transfer.apply(restorePlan({ teams: [crafted] } as never))
    expect(await repos.teams.search('alles', 10)).toEqual([])
    expect(await repos.teams.search('schatten', 10)).toEqual([team(7, 'Schattenplätze')])
  })

  it("reads a page of a team's newest projects and counts them without reading them", async () => {
    const { db, repos } = connect('project-pages')
    await db.teams.bulkAdd([team(1), team(2)])
    await db.projects.bulkAdd(Array.from({ length: 120 }, (_, i) => project('t1', i)))
    await db.projects.add(project('t2', 999))

    expect(await repos.projects.countByTeam('t1')).toBe(120)
    expect((await repos.projects.recentByTeam('t1', 3)).map((p) => p.title)).toEqual([
      'Projekt 119',
      'Projekt 118',
      'Projekt 117',
    ])
    expect((await repos.projects.recentByTeam('t2', 3)).map((p) => p.title)).toEqual(['Projekt 999'])
  })

  it('deletes a team with hundreds of projects and their answers, and keeps the other team', async () => {
    const { db, repos } = connect('delete-big-team')
    await db.teams.bulkAdd([team(1), team(2)])
    const projects = Array.from({ length: 300 }, (_, i) => project('t1', i))
    await db.projects.bulkAdd([...projects, project('t2', 0)])
    await db.answers.bulkAdd(
      [...projects, project('t2', 0)].map((p) => ({
        projectId: p.id,
        questionId: 'q',
        value: 1,
        updatedAt: '',
      })),
    )

    await repos.transfer.removeTeam('t1')

    expect((await db.teams.toArray()).map((t) => t.id)).toEqual(['t2'])
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual(['t2-p0'])
    expect((await db.answers.toArray()).map((a) => a.projectId)).toEqual(['t2-p0'])
  })
})
