import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { Team } from '../types'

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

  /** Deletes a team with everything that belongs to it, in one transaction: all or nothing. */
  async remove(id: string): Promise<void> {
    const { db } = this
    const tables = [
      db.teams,
      db.members,
      db.projects,
      db.answers,
      db.stepStates,
      db.logbook,
      db.favourites,
      db.collections,
      db.workshops,
    ]
    await db.transaction('rw', tables, async () => {
      const projectIds = await db.projects.where('teamId').equals(id).primaryKeys()
      await db.answers.where('projectId').anyOf(projectIds).delete()
      await db.stepStates.where('projectId').anyOf(projectIds).delete()
      await db.logbook.where('projectId').anyOf(projectIds).delete()
      await db.projects.bulkDelete(projectIds)
      await db.members.where('teamId').equals(id).delete()
      await db.favourites.where('teamId').equals(id).delete()
      await db.collections.where('teamId').equals(id).delete()
      await db.workshops.where('teamId').equals(id).delete()
      await db.teams.delete(id)
    })
  }
}
