import { afterEach, describe, expect, it } from 'vitest'
import { HandbookDatabase, answerJournal, createRepositories } from '../../../src/db'

const open: HandbookDatabase[] = []
/** One connection per tab, both on the same database, as two tabs of one browser have. */
function tabs(name: string) {
  const connect = () => {
    const db = new HandbookDatabase(name)
    open.push(db)
    return createRepositories(db)
  }
  return { a: connect(), b: connect() }
}
afterEach(async () => {
  const dbs = open.splice(0)
  for (const db of dbs) db.close()
  for (const db of dbs) await db.delete()
  window.localStorage.clear()
})

async function project(repos: ReturnType<typeof createRepositories>) {
  const team = await repos.teams.create('Team')
  return (await repos.projects.create(team.id, 'Projekt')).id
}

describe('a checked answer write (two tabs)', () => {
  it('stores over the value it was typed over', async () => {
    const { a, b } = tabs('checked-store')
    const id = await project(a)
    await a.answers.set(id, 'titel', 'Entwurf')
    expect(await b.answers.save(id, 'titel', 'Entwurf', 'Titel aus Tab B')).toEqual({
      status: 'stored',
      value: 'Titel aus Tab B',
    })
    expect(await a.answers.mapByProject(id)).toEqual({ titel: 'Titel aus Tab B' })
  })

  it('never overwrites a text another tab saved since: both texts survive, the conflict is reported', async () => {
    const { a, b } = tabs('checked-conflict')
    const id = await project(a)
    await a.answers.set(id, 'titel', 'Entwurf')
    // Both tabs showed "Entwurf"; tab A saves first, tab B has not seen it.
    expect((await a.answers.save(id, 'titel', 'Entwurf', 'Titel aus Tab A')).status).toBe('stored')
    expect(await b.answers.save(id, 'titel', 'Entwurf', 'Titel aus Tab B')).toEqual({
      status: 'conflict',
      theirs: 'Titel aus Tab A',
    })
    expect(await b.answers.mapByProject(id)).toEqual({ titel: 'Titel aus Tab A' })
    // After the user saw tab A's text and chose to keep their own, it is written over it.
    expect((await b.answers.save(id, 'titel', 'Titel aus Tab A', 'Titel aus Tab B')).status).toBe('stored')
  })

  it('merges list items added in both tabs instead of dropping one side', async () => {
    const { a, b } = tabs('checked-merge')
    const id = await project(a)
    await a.answers.set(id, 'ziele', ['Ziel 1'])
    await a.answers.save(id, 'ziele', ['Ziel 1'], ['Ziel 1', 'Ziel aus Tab A'])
    expect(await b.answers.save(id, 'ziele', ['Ziel 1'], ['Ziel 1', 'Ziel aus Tab B'])).toEqual({
      status: 'merged',
      value: ['Ziel 1', 'Ziel aus Tab A', 'Ziel aus Tab B'],
    })
    expect(await a.answers.mapByProject(id)).toEqual({
      ziele: ['Ziel 1', 'Ziel aus Tab A', 'Ziel aus Tab B'],
    })
  })

  it('replays a crash-journal entry only over the value it was typed over, and keeps a conflicting one', async () => {
    const { a } = tabs('checked-journal')
    const id = await project(a)
    await a.answers.set(id, 'titel', 'Titel aus Tab A')
    await a.answers.set(id, 'ziel', 'Ziel')
    answerJournal.record({
      projectId: id,
      questionId: 'titel',
      value: 'Vor dem Absturz',
      base: { value: 'Entwurf' },
    })
    answerJournal.record({
      projectId: id,
      questionId: 'ziel',
      value: 'Ziel, erweitert',
      base: { value: 'Ziel' },
    })

    const left = await a.answers.replayJournal(id)
    expect(await a.answers.mapByProject(id)).toEqual({ titel: 'Titel aus Tab A', ziel: 'Ziel, erweitert' })
    expect(left.map((entry) => entry.value)).toEqual(['Vor dem Absturz'])
    expect(answerJournal.pending(id).map((entry) => entry.value)).toEqual(['Vor dem Absturz'])
  })
})
