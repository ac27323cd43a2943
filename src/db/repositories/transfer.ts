import type { HandbookDatabase } from '../database'
import type { ExportData } from '@/lib/transfer/format'
import type { ImportPlan, LocalMatches } from '@/lib/transfer/plan'

/**
 * Reads a team or a project with everything that belongs to it, and writes imports, each in one
 * transaction: an import that fails half-way leaves the database exactly as it was.
 */
export class TransferRepository {
  constructor(private readonly db: HandbookDatabase) {}

  /**
   * Whether the database can be opened at all. Some private windows and locked-down profiles
   * refuse IndexedDB; live queries then wait silently, so the data page asks directly.
   */
  async available(): Promise<boolean> {
    try {
      await this.db.open()
      return true
    } catch {
      return false
    }
  }

  async collectTeam(teamId: string): Promise<ExportData | null> {
    const { db } = this
    return db.transaction('r', db.teamTables(), async () => {
      const team = await db.teams.get(teamId)
      if (!team) return null
      const projects = await db.projects.where('teamId').equals(teamId).toArray()
      // One indexed read per project, all in flight together, in the order anyOf() would give:
      // anyOf() walks a cursor, one round trip per record (thousands for a team's answers).
      const each = async <T>(read: (projectId: string) => Promise<T[]>) =>
        (await Promise.all(projects.map((p) => read(p.id)))).flat()
      return {
        teams: [team],
        members: await db.members.where('teamId').equals(teamId).toArray(),
        projects,
        answers: await each((id) => db.answers.where('projectId').equals(id).toArray()),
        stepStates: await each((id) => db.stepStates.where('projectId').equals(id).toArray()),
        logbook: await each((id) => db.logbook.where('projectId').equals(id).toArray()),
        favourites: await db.favourites.where('teamId').equals(teamId).toArray(),
        collections: await db.collections.where('teamId').equals(teamId).toArray(),
        workshops: await db.workshops.where('teamId').equals(teamId).toArray(),
      }
    })
  }

  /** A project with its answers, step states, logbook and workshops; its team gives it a home. */
  async collectProject(projectId: string): Promise<ExportData | null> {
    const { db } = this
    return db.transaction('r', db.teamTables(), async () => {
      const project = await db.projects.get(projectId)
      const team = project && (await db.teams.get(project.teamId))
      if (!project || !team) return null
      return {
        teams: [team],
        members: [],
        projects: [project],
        answers: await db.answers.where('projectId').equals(projectId).toArray(),
        stepStates: await db.stepStates.where('projectId').equals(projectId).toArray(),
        logbook: await db.logbook.where('projectId').equals(projectId).toArray(),
        favourites: [],
        collections: [],
        workshops: await db.workshops.where('projectId').equals(projectId).toArray(),
      }
    })
  }

  /**
   * When the first project on this device was created and when any project last changed, for the
   * backup reminder: two index reads, so it stays cheap with a thousand projects and may run in a
   * live query that re-runs on every autosave. Null without projects.
   */
  async projectSpan(): Promise<{ createdAt: string; updatedAt: string } | null> {
    const [first, last] = await Promise.all([
      this.db.projects.orderBy('createdAt').first(),
      this.db.projects.orderBy('updatedAt').last(),
    ])
    return first && last ? { createdAt: first.createdAt, updatedAt: last.updatedAt } : null
  }

  /** The teams and projects on this device that carry the ids of an import. */
  async findMatches(data: ExportData): Promise<LocalMatches> {
    const teams = await this.db.teams.bulkGet(data.teams.map((t) => t.id))
    const projects = await this.db.projects.bulkGet(data.projects.map((p) => p.id))
    return {
      teams: teams.filter((t) => t !== undefined).map(({ id, name }) => ({ id, name })),
      projects: projects
        .filter((p) => p !== undefined)
        .map(({ id, title, teamId }) => ({ id, title, teamId })),
    }
  }

  async apply(plan: ImportPlan): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.teamTables(), async () => {
      for (const teamId of plan.deleteTeams) await this.deleteTeamRecords(teamId)
      for (const projectId of plan.deleteProjects) await this.deleteProjectRecords(projectId)
      const { data } = plan
      await db.teams.bulkPut(data.teams)
      await db.members.bulkPut(data.members)
      await db.projects.bulkPut(data.projects)
      await db.answers.bulkPut(data.answers)
      await db.stepStates.bulkPut(data.stepStates)
      await db.logbook.bulkPut(data.logbook)
      await db.favourites.bulkPut(data.favourites)
      await db.collections.bulkPut(data.collections)
      await db.workshops.bulkPut(data.workshops)
    })
  }

  async removeProject(projectId: string): Promise<void> {
    await this.db.transaction('rw', this.db.teamTables(), () => this.deleteProjectRecords(projectId))
  }

  /**
   * Empties every table, settings included. Clearing (rather than deleting the database) keeps
   * other open tabs and live queries working; they simply show the empty state.
   */
  async removeEverything(): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())))
  }

  private async deleteProjectRecords(projectId: string): Promise<void> {
    const { db } = this
    await db.answers.where('projectId').equals(projectId).delete()
    await db.stepStates.where('projectId').equals(projectId).delete()
    await db.logbook.where('projectId').equals(projectId).delete()
    await db.workshops.where('projectId').equals(projectId).delete()
    await db.projects.delete(projectId)
  }

  private async deleteTeamRecords(teamId: string): Promise<void> {
    const { db } = this
    const projectIds = await db.projects.where('teamId').equals(teamId).primaryKeys()
    for (const projectId of projectIds) await this.deleteProjectRecords(projectId)
    await db.members.where('teamId').equals(teamId).delete()
    await db.favourites.where('teamId').equals(teamId).delete()
    await db.collections.where('teamId').equals(teamId).delete()
    await db.workshops.where('teamId').equals(teamId).delete()
    await db.teams.delete(teamId)
  }
}
