/** Two teams created in quick succession: the one created last is the current team. */
import { describe, expect, it, vi } from 'vitest'

const chosen: string[] = []
vi.mock('../../../src/db/live', async (original) => ({
  ...(await original<typeof import('../../../src/db/live')>()),
  loadRepositories: async () => ({
    // The first team takes longer to store than the second, as a document that loads can.
    teams: {
      create: (name: string) =>
        new Promise((resolve) => setTimeout(() => resolve({ id: name }), name === 'Team A' ? 50 : 0)),
    },
    settings: { set: async (_key: string, id: string) => void chosen.push(id) },
  }),
}))

describe('creating teams', () => {
  it('makes the team created last the current one, even when the first one takes longer', async () => {
    const { useTeams } = await import('../../../src/features/projects/composables/useTeams')
    const { create } = useTeams()
    await Promise.all([create('Team A'), create('Team B')])
    expect(chosen).toEqual(['Team A', 'Team B'])
  })
})
