import type { HandbookDatabase } from '../database'
import type { ExportData, ExportDocument, ExportScope } from '@/lib/transfer/format'
import type { MergeSummary } from '@/lib/transfer/plan'
import { ImportError } from '@/lib/transfer/errors'
import { rawOf } from '@/lib/transfer/validate'
import { matchKey, type ImportPlan, type LocalMatches } from '@/lib/transfer/plan'
import { PROJECT_ROOT, TEAM_ROOT, TEAM_TABLES, type AnyTeamData, type TeamTable } from '@/model'
import { docsOf } from '../docs'
import { checkDocumentContent, checkedDocuments } from '../document-check'
import { exportWithDocuments, mergeDocuments, previewMerge, takeDocuments } from '../document-transfer'
import { teamOfProject } from '../docs/owners'
import { existingRecords } from '../matches'
import {
  PROJECT_DOC_UPDATES,
  deleteProject,
  deleteTeam,
  readProject,
  readTeam,
  tablesOf,
  writeData,
} from '../team-data'

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
   * A team or a project for an export of format 3: its rows and its documents' states, which agree
   * (see document-transfer.ts for what a project export carries). Null when there is none.
   */
  async collectWithDocuments(
    scope: ExportScope,
    id: string,
  ): Promise<{ data: ExportData; documents: Record<string, string> } | null> {
    return exportWithDocuments(this.db, this.tables, scope, id)
  }

  /**
   * Checks the documents of a format-3 file against its records (document-check.ts); an import
   * that writes them (`apply` with a plan that carries them) refuses a file not checked here.
   * Throws an ImportError naming the document.
   */
  checkDocuments(file: ExportDocument): void {
    checkDocumentContent(file, rawOf(file), this.tables)
  }

  /** What merging a format-3 file (`canMerge`) would change here, worked out on copies. */
  async previewMerge(file: ExportDocument): Promise<MergeSummary> {
    return previewMerge(this.db, this.tables, file)
  }

  /**
   * Merges a format-3 file into the documents of the same team or project here (`canMerge`); the
   * rows follow. Refused when that team or project is gone meanwhile (another tab deleted it).
   */
  async merge(file: ExportDocument): Promise<void> {
    const table = file.scope === 'team' ? TEAM_ROOT : PROJECT_ROOT
    if (!(await this.db.table(table).get(file.rootId))) throw new ImportError('changed-meanwhile')
    await mergeDocuments(this.db, this.tables, file)
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
    // Before anything is written: documents only from a file `checkDocuments` accepted.
    if (plan.documents) checkedDocuments(plan.documents)
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
    await this.writeIntoDocuments(plan)
  }

  /**
   * The imported rows into their documents, which are the source of truth: a document whose rows
   * the import replaced was deleted with them and is filled from the new rows when opened; one that
   * stays (the team of an imported project) takes the rows in. A file of format 3 brings its
   * documents: they become this device's documents instead (their rows are the file's rows).
   */
  private async writeIntoDocuments(plan: ImportPlan): Promise<void> {
    const data = plan.data as unknown as AnyTeamData
    const docs = docsOf(this.db, this.tables)
    const projects = (data[PROJECT_ROOT] ?? []) as { id: string; teamId: string }[]
    const teamIds = new Set([
      ...(data[TEAM_ROOT] ?? []).map((t) => t.id as string),
      ...projects.map((p) => p.teamId),
    ])
    for (const teamId of [...plan.deleteTeams, ...teamIds]) docs.forgetTeam(teamId)
    const taken = new Set(Object.keys(plan.documents ?? {}))
    if (plan.documents) await takeDocuments(this.db, this.tables, plan.documents)
    const replaced = new Set(plan.deleteProjects)
    for (const teamId of teamIds) {
      const teamTaken = taken.has(`team/${teamId}`)
      const own = projects
        .filter((p) => p.teamId === teamId && !taken.has(`team/${teamId}/project/${p.id}`))
        .map((p) => p.id)
      if (!teamTaken)
        await docs.change({ teamId }, (w) => {
          for (const t of this.tables) {
            if (t.owner !== 'team') continue
            const rows = data[t.name] ?? []
            const mine = rows.filter((r) => (t.name === TEAM_ROOT ? r.id : r[t.ownerField]) === teamId)
            // Rows of a replaced project that the import does not bring back go with it.
            if (t.projectField)
              for (const row of w.team.all(t.name))
                if (replaced.has(row[t.projectField] as string) && !mine.some((m) => m.id === row.id))
                  w.team.delete(
                    t.name,
                    t.key.map((k) => row[k]),
                  )
            for (const row of mine) w.team.put(t.name, row)
          }
        })
      // A project whose document does not exist yet (new here, or replaced: its document went with
      // its rows) is filled from these rows when first opened (docs/adopt.ts), as any project held
      // only as rows; filling every one here held the import of a large team for seconds. One that
      // exists takes the rows in, one project at a time, so a large team does not hold every
      // project document loaded.
      const existing = new Set(
        (await this.db.table(PROJECT_DOC_UPDATES).where('k').anyOf(own).keys()) as string[],
      )
      for (const projectId of own.filter((id) => existing.has(id)))
        await docs.change({ teamId, projectIds: [projectId] }, (w) => {
          for (const t of this.tables)
            if (t.owner === 'project')
              for (const row of data[t.name] ?? [])
                if (row[t.ownerField] === projectId) w.project(projectId).put(t.name, row)
        })
    }
  }

  /** Deletes a team with everything that belongs to it, in one transaction. */
  async removeTeam(teamId: string): Promise<void> {
    const { db, tables } = this
    docsOf(db, tables).forgetTeam(teamId)
    await db.transaction('rw', tablesOf(db, tables), () => deleteTeam(db, teamId, tables))
  }

  async removeProject(projectId: string): Promise<void> {
    const { db, tables } = this
    const teamId = await teamOfProject(db, projectId)
    if (!teamId) return
    // Out of the team's document first (with the workshops planned for it), so no device keeps it;
    // then its own document and any row left.
    await docsOf(db, tables).change({ teamId }, (w) => {
      w.team.delete(PROJECT_ROOT, [projectId])
      for (const t of tables)
        if (t.owner === 'team' && t.projectField)
          for (const row of w.team.all(t.name))
            if (row[t.projectField] === projectId)
              w.team.delete(
                t.name,
                t.key.map((k) => row[k]),
              )
    })
    await db.transaction('rw', tablesOf(db, tables), () => deleteProject(db, projectId, tables))
  }

  /**
   * Empties every table, settings included. Clearing (rather than deleting the database) keeps
   * other open tabs and live queries working; they simply show the empty state.
   */
  async removeEverything(): Promise<void> {
    const { db } = this
    await docsOf(db, this.tables).closeAll()
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())))
  }
}
