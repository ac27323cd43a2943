import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { LogbookEntry } from '@/model'

export class LogbookRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<LogbookEntry[]> {
    return this.db.logbook.where('projectId').equals(projectId).sortBy('createdAt')
  }

  async add(entry: Omit<LogbookEntry, 'id' | 'createdAt'>): Promise<LogbookEntry> {
    const stored: LogbookEntry = { ...entry, id: newId(), createdAt: now() }
    await this.db.logbook.add(stored)
    return stored
  }

  async update(
    id: string,
    changes: Partial<Pick<LogbookEntry, 'text' | 'owner' | 'due' | 'done'>>,
  ): Promise<void> {
    await this.db.logbook.update(id, changes)
  }
}
