import type { HandbookDatabase } from '../database'
import { docsOf, type DocTables } from '../docs'
import { teamOfProject } from '../docs/owners'
import { newId, now } from '../ids'
import type { LogbookEntry } from '@/model'

type EditableFields = Pick<LogbookEntry, 'text' | 'owner' | 'due' | 'done'>

export class LogbookRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<LogbookEntry[]> {
    return this.db.logbook.where('projectId').equals(projectId).sortBy('createdAt')
  }

  /** Adds an entry with the phase its project is in now, read from the same document state. */
  async add(
    entry: Omit<LogbookEntry, 'id' | 'createdAt' | 'phase'>,
    createdAt = now(),
  ): Promise<LogbookEntry> {
    const teamId = await teamOfProject(this.db, entry.projectId)
    if (!teamId) throw new Error(`No project ${entry.projectId}`)
    return docsOf(this.db).change({ teamId, projectIds: [entry.projectId] }, (w) => {
      const project = w.team.get('projects', [entry.projectId])
      const stored: LogbookEntry = {
        ...entry,
        id: newId(),
        createdAt,
        ...(typeof project?.phase === 'number' ? { phase: project.phase } : {}),
      }
      w.project(entry.projectId).put('logbook', { ...stored })
      return stored
    })
  }

  /** Ticks an action item off (or on again); that is not an edit of the entry. */
  async setDone(id: string, done: boolean): Promise<void> {
    await this.change(id, (p) => p.patch('logbook', [id], { done }))
  }

  /** The team's edit of its own entry, stamped with the time. */
  async edit(id: string, changes: Partial<EditableFields>): Promise<void> {
    await this.change(id, (p) => p.patch('logbook', [id], { ...changes, updatedAt: now() }))
  }

  /** Deletes an entry and returns it as it was, so the deletion can be undone. */
  async remove(id: string): Promise<LogbookEntry | undefined> {
    return this.change(id, (p) => {
      const entry = p.get('logbook', [id]) as LogbookEntry | undefined
      if (entry) p.delete('logbook', [id])
      return entry
    })
  }

  /** Puts a deleted entry back exactly as it was (undo). */
  async restore(entry: LogbookEntry): Promise<void> {
    const teamId = await teamOfProject(this.db, entry.projectId)
    if (!teamId) return
    await docsOf(this.db).change({ teamId, projectIds: [entry.projectId] }, (w) =>
      w.project(entry.projectId).put('logbook', { ...entry }),
    )
  }

  /** Runs a change on the project document of a stored entry; undefined when there is none. */
  private async change<T>(id: string, fn: (project: DocTables) => T): Promise<T | undefined> {
    const stored = await this.db.logbook.get(id)
    const teamId = stored && (await teamOfProject(this.db, stored.projectId))
    if (!stored || !teamId) return undefined
    return docsOf(this.db).change({ teamId, projectIds: [stored.projectId] }, (w) =>
      fn(w.project(stored.projectId)),
    )
  }
}
