import type { HandbookDatabase } from '../database'
import { now } from '../ids'
import { answerJournal } from '../journal'
import type { StepAnswer } from '@/model'

export class AnswerRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<StepAnswer[]> {
    return this.db.answers.where('projectId').equals(projectId).toArray()
  }

  /** Answers of a project as a map from question id to value. Reads only, so it may run in a live query. */
  async mapByProject(projectId: string): Promise<Record<string, unknown>> {
    const rows = await this.listByProject(projectId)
    return Object.fromEntries(rows.map((row) => [row.questionId, row.value]))
  }

  /**
   * Answers to some questions of a project (one wizard step's), read by their keys: a step does not
   * load the whole project, whose answers grow with every step filled in.
   */
  async mapByQuestions(projectId: string, questionIds: readonly string[]): Promise<Record<string, unknown>> {
    const rows = await this.db.answers.bulkGet(questionIds.map((id): [string, string] => [projectId, id]))
    return Object.fromEntries(rows.flatMap((row) => (row ? [[row.questionId, row.value]] : [])))
  }

  /** Stores changes that a reload or crash cut off before they reached IndexedDB. */
  async replayJournal(projectId?: string): Promise<void> {
    for (const entry of answerJournal.pending(projectId)) {
      if (await this.db.projects.get(entry.projectId))
        await this.set(entry.projectId, entry.questionId, entry.value)
      answerJournal.settle(entry)
    }
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
