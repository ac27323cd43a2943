import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'

const db = new HandbookDatabase('collections-test')
const repos = createRepositories(db)
afterEach(() => db.collections.clear())

// A collection lives in its team's document, which needs the team's row as its home.
const team = (id: string) => ({ id, name: id, createdAt: '', updatedAt: '' })
beforeAll(() => db.teams.bulkPut([team('team-a'), team('team-b')]))

describe('collections', () => {
  it('are created, renamed, filled, listed per team and removed with undo', async () => {
    const kit = await repos.collections.create('team-a', '  Kick-off-Kit ', ['check-in', 'check-in'])
    await repos.collections.create('team-a', 'Abschluss')
    await repos.collections.create('team-b', 'Fremd')
    expect(kit.methodIds).toEqual(['check-in'])
    expect((await repos.collections.listByTeam('team-a')).map((c) => c.name)).toEqual([
      'Abschluss',
      'Kick-off-Kit',
    ])

    expect(await repos.collections.toggleMethod(kit.id, 'world-cafe')).toBe(true)
    expect(await repos.collections.toggleMethod(kit.id, 'check-in')).toBe(false)
    await repos.collections.rename(kit.id, 'Start-Kit')
    expect(await repos.collections.get(kit.id)).toMatchObject({
      name: 'Start-Kit',
      methodIds: ['world-cafe'],
    })

    const before = (await repos.collections.get(kit.id))!
    await repos.collections.remove(kit.id)
    expect(await repos.collections.get(kit.id)).toBeUndefined()
    await repos.collections.restore(before)
    expect(await repos.collections.get(kit.id)).toEqual(before)
  })
})
