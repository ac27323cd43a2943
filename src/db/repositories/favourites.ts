import type { HandbookDatabase } from '../database'
import { docsOf } from '../docs'
import { now } from '../ids'

export class FavouriteRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async listByTeam(teamId: string): Promise<string[]> {
    const rows = await this.db.favourites.where('teamId').equals(teamId).toArray()
    return rows.map((row) => row.methodId)
  }

  /** Adds the method to the team's favourites, or removes it; returns whether it is a favourite now. */
  async toggle(teamId: string, methodId: string): Promise<boolean> {
    return docsOf(this.db).change({ teamId }, (w) => {
      if (w.team.delete('favourites', [teamId, methodId])) return false
      w.team.put('favourites', { teamId, methodId, createdAt: now() })
      return true
    })
  }
}
