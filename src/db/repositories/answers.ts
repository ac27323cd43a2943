import type { HandbookDatabase } from '../database'
import { now } from '../ids'
import type { StepAnswer } from '../types'

export class AnswerRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<StepAnswer[]> {
    return this.db.answers.where('projectId').equals(projectId).toArray()
  }

  /** Stores an answer and marks the project as edited, atomically. */
  async set(projectId: string, questionId: string, value: unknown): Promise<void> {
    const time = now()
    await this.db.transaction('rw', this.db.answers, this.db.projects, async () => {
      await this.db.answers.put({ projectId, questionId, value, updatedAt: time })
      await this.db.projects.update(projectId, { updatedAt: time })
    })
  }
}
