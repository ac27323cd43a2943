import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'

const db = new HandbookDatabase('workshop-repository')
const repos = createRepositories(db)
afterEach(async () => {
  await db.workshops.clear()
})
// A workshop lives in its team's document, which needs the team's row as its home.
beforeAll(() => db.teams.put({ id: 't', name: 'Team', createdAt: '', updatedAt: '' }))

describe('workshop repository', () => {
  it('reads a record stored before the planner fields existed with their defaults', async () => {
    const time = new Date().toISOString()
    await db.workshops.add({
      id: 'old',
      teamId: 't',
      projectId: null,
      title: 'Alt',
      date: null,
      startTime: null,
      createdAt: time,
      updatedAt: time,
    } as never)
    expect(await repos.workshops.get('old')).toMatchObject({
      items: [],
      timer: null,
      place: '',
      goal: '',
      endTime: null,
      participants: null,
    })
  })

  it('duplicates with new item ids and without the live session, and deletes', async () => {
    const source = await repos.workshops.create({
      teamId: 't',
      title: 'Werkstatt',
      goal: 'Ideen',
      items: [
        { id: 'i1', kind: 'break', title: 'Pause', minutes: 15, responsible: '', notes: '', optional: false },
      ],
      timer: { index: 0, runningSince: 5, elapsedMs: 0, targetEnd: 10 },
    })
    const copy = await repos.workshops.duplicate(source.id, 'Werkstatt (Kopie)')
    expect(copy).toMatchObject({ teamId: 't', title: 'Werkstatt (Kopie)', goal: 'Ideen', timer: null })
    expect(copy!.items[0]).toMatchObject({ title: 'Pause', minutes: 15 })
    expect(copy!.items[0].id).not.toBe('i1')
    await repos.workshops.remove(source.id)
    expect((await repos.workshops.listByTeam('t')).map((w) => w.title)).toEqual(['Werkstatt (Kopie)'])
  })
})
