import type { HandbookDatabase } from '../database'
import type { ExportData } from '@/lib/transfer/format'
import { ImportError } from '@/lib/transfer/errors'
import { matchKey, type ImportPlan, type LocalMatches } from '@/lib/transfer/plan'
import { TEAM_ROOT, TEAM_TABLES, type AnyTeamData, type TeamTable } from '@/model'
import { existingRecords } from '../matches'
import { deleteProject, deleteTeam, readProject, readTeam, tablesOf, writeData } from '../team-data'

/**
 * Reads a team or a project with everything that belongs to it, and writes imports, each in one
 * transaction: an import that fails half-way leaves the database exactly as it was.
 */
export class TransferRepository {
  constructor(
    private readonly db: HandbookDatabase,
    /** The team tables it reads and writes; a test may add one. */
    private readonly tables: readonly TeamTable[] = TEAM_TABLES,
  ) {}

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

  /** A team with everything that belongs to it, for an export or to undo its deletion. */
  async collectTeam(teamId: string): Promise<ExportData | null> {
    const { db, tables } = this
    return db.transaction('r', tablesOf(db, tables), () =>
      readTeam(db, teamId, tables),
    ) as Promise<ExportData | null>
  }

  /** A project with its answers, step states, logbook and workshops; its team gives it a home. */
  async collectProject(projectId: string): Promise<ExportData | null> {
    const { db, tables } = this
    return db.transaction('r', tablesOf(db, tables), () =>
      readProject(db, projectId, tables),
    ) as Promise<ExportData | null>
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

  /** Every record on this device that carries the key of a record of an import. */
  async findMatches(data: ExportData): Promise<LocalMatches> {
    const { db, tables } = this
    const records = await db.transaction('r', tablesOf(db, tables), () =>
      existingRecords(db, data as unknown as AnyTeamData, tables),
    )
    return { records }
  }

  /**
   * Deletes what the plan replaces and writes its records, in one transaction: all or nothing.
   * First it checks that the records the import overwrites are still exactly those the preview
   * showed; if another tab changed them meanwhile, nothing is written.
   */
  async apply(plan: ImportPlan): Promise<void> {
    const { db, tables } = this
    await db.transaction('rw', tablesOf(db, tables), async () => {
      const now = (await existingRecords(db, plan.data as unknown as AnyTeamData, tables)).map(matchKey)
      const expected = new Set(plan.expected)
      const unchanged = now.length === expected.size && now.every((key) => expected.has(key))
      const home = plan.homeTeamId === null || (await db.table(TEAM_ROOT).get(plan.homeTeamId)) !== undefined
      if (!unchanged || !home) throw new ImportError('changed-meanwhile')
      for (const teamId of plan.deleteTeams) await deleteTeam(db, teamId, tables)
      for (const projectId of plan.deleteProjects) await deleteProject(db, projectId, tables)
      await writeData(db, plan.data as unknown as AnyTeamData, tables)
    })
  }

  /** Deletes a team with everything that belongs to it, in one transaction. */
  async removeTeam(teamId: string): Promise<void> {
    const { db, tables } = this
    await db.transaction('rw', tablesOf(db, tables), () => deleteTeam(db, teamId, tables))
  }

  async removeProject(projectId: string): Promise<void> {
    const { db, tables } = this
    await db.transaction('rw', tablesOf(db, tables), () => deleteProject(db, projectId, tables))
  }

  /**
   * Empties every table, settings included. Clearing (rather than deleting the database) keeps
   * other open tabs and live queries working; they simply show the empty state.
   */
  async removeEverything(): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())))
  }
}
