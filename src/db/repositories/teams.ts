import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { Team } from '@/model'

export class TeamRepository {
  constructor(private readonly db: HandbookDatabase) {}

  list(): Promise<Team[]> {
    return this.db.teams.orderBy('updatedAt').reverse().toArray()
  }

  get(id: string): Promise<Team | undefined> {
    return this.db.teams.get(id)
  }

  async create(name: string): Promise<Team> {
    const time = now()
    const team: Team = { id: newId(), name: name.trim(), createdAt: time, updatedAt: time }
    await this.db.teams.add(team)
    return team
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.teams.update(id, { name: name.trim(), updatedAt: now() })
  }
}
