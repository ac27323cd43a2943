import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { LogbookEntry } from '@/model'

type EditableFields = Pick<LogbookEntry, 'text' | 'owner' | 'due' | 'done'>

export class LogbookRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<LogbookEntry[]> {
    return this.db.logbook.where('projectId').equals(projectId).sortBy('createdAt')
  }

  /** Adds an entry with the phase its project is in now, read in the same transaction. */
  add(entry: Omit<LogbookEntry, 'id' | 'createdAt' | 'phase'>): Promise<LogbookEntry> {
    return this.db.transaction('rw', this.db.logbook, this.db.projects, async () => {
      const project = await this.db.projects.get(entry.projectId)
      const stored: LogbookEntry = {
        ...entry,
        id: newId(),
        createdAt: now(),
        ...(project ? { phase: project.phase } : {}),
      }
      await this.db.logbook.add(stored)
      return stored
    })
  }

  /** Ticks an action item off (or on again); that is not an edit of the entry. */
  async setDone(id: string, done: boolean): Promise<void> {
    await this.db.logbook.update(id, { done })
  }

  /** The team's edit of its own entry, stamped with the time. */
  async edit(id: string, changes: Partial<EditableFields>): Promise<void> {
    await this.db.logbook.update(id, { ...changes, updatedAt: now() })
  }

  /** Deletes an entry and returns it as it was, so the deletion can be undone. */
  remove(id: string): Promise<LogbookEntry | undefined> {
    return this.db.transaction('rw', this.db.logbook, async () => {
      const entry = await this.db.logbook.get(id)
      if (entry) await this.db.logbook.delete(id)
      return entry
    })
  }

  /** Puts a deleted entry back exactly as it was (undo). */
  async restore(entry: LogbookEntry): Promise<void> {
    await this.db.logbook.put(entry)
  }
}
