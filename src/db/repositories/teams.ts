import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type {
  Favourite,
  LogbookEntry,
  Member,
  MethodCollection,
  Project,
  StepAnswer,
  StepState,
  Team,
  Workshop,
} from '../types'

/** Everything that belongs to one team, kept in memory so a deletion can be undone. */
export interface TeamSnapshot {
  team: Team
  members: Member[]
  projects: Project[]
  answers: StepAnswer[]
  stepStates: StepState[]
  logbook: LogbookEntry[]
  favourites: Favourite[]
  collections: MethodCollection[]
  workshops: Workshop[]
}

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

  /** A copy of the team and everything that belongs to it, taken before deleting it. */
  async snapshot(id: string): Promise<TeamSnapshot | null> {
    const { db } = this
    return db.transaction('r', db.teamTables(), async () => {
      const team = await db.teams.get(id)
      if (!team) return null
      const projects = await db.projects.where('teamId').equals(id).toArray()
      const projectIds = projects.map((p) => p.id)
      return {
        team,
        members: await db.members.where('teamId').equals(id).toArray(),
        projects,
        answers: await db.answers.where('projectId').anyOf(projectIds).toArray(),
        stepStates: await db.stepStates.where('projectId').anyOf(projectIds).toArray(),
        logbook: await db.logbook.where('projectId').anyOf(projectIds).toArray(),
        favourites: await db.favourites.where('teamId').equals(id).toArray(),
        collections: await db.collections.where('teamId').equals(id).toArray(),
        workshops: await db.workshops.where('teamId').equals(id).toArray(),
      }
    })
  }

  /** Puts a deleted team back exactly as the snapshot holds it (undo). */
  async restore(snapshot: TeamSnapshot): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.teamTables(), async () => {
      await db.teams.put(snapshot.team)
      await db.members.bulkPut(snapshot.members)
      await db.projects.bulkPut(snapshot.projects)
      await db.answers.bulkPut(snapshot.answers)
      await db.stepStates.bulkPut(snapshot.stepStates)
      await db.logbook.bulkPut(snapshot.logbook)
      await db.favourites.bulkPut(snapshot.favourites)
      await db.collections.bulkPut(snapshot.collections)
      await db.workshops.bulkPut(snapshot.workshops)
    })
  }

  /** Deletes a team with everything that belongs to it, in one transaction: all or nothing. */
  async remove(id: string): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.teamTables(), async () => {
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
