import type { HandbookDatabase } from '../database'
import { now } from '../ids'

export class FavouriteRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async listByTeam(teamId: string): Promise<string[]> {
    const rows = await this.db.favourites.where('teamId').equals(teamId).toArray()
    return rows.map((row) => row.methodId)
  }

  /** Adds the method to the team's favourites, or removes it; returns whether it is a favourite now. */
  async toggle(teamId: string, methodId: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.favourites, async () => {
      const existing = await this.db.favourites.get([teamId, methodId])
      if (existing) {
        await this.db.favourites.delete([teamId, methodId])
        return false
      }
      await this.db.favourites.add({ teamId, methodId, createdAt: now() })
      return true
    })
  }
}
