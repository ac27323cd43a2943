import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { Workshop } from '../types'

export class WorkshopRepository {
  constructor(private readonly db: HandbookDatabase) {}

  list(): Promise<Workshop[]> {
    return this.db.workshops.toArray()
  }

  listByTeam(teamId: string): Promise<Workshop[]> {
    return this.db.workshops.where('teamId').equals(teamId).toArray()
  }

  async create(
    input: Pick<Workshop, 'teamId' | 'title'> & Partial<Pick<Workshop, 'projectId' | 'date' | 'startTime'>>,
  ): Promise<Workshop> {
    const time = now()
    const workshop: Workshop = {
      id: newId(),
      projectId: null,
      date: null,
      startTime: null,
      ...input,
      title: input.title.trim(),
      createdAt: time,
      updatedAt: time,
    }
    await this.db.workshops.add(workshop)
    return workshop
  }
}
