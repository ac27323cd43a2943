import type { HandbookDatabase } from '../database'
import { now } from '../ids'
import type { StepState, StepStatus } from '../types'

export class StepStateRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<StepState[]> {
    return this.db.stepStates.where('projectId').equals(projectId).toArray()
  }

  /** States of several projects at once (the project list), in one query. */
  listByProjects(projectIds: string[]): Promise<StepState[]> {
    return this.db.stepStates.where('projectId').anyOf(projectIds).toArray()
  }

  /** Sets a step's status and marks the project as edited, atomically. */
  async set(projectId: string, stepId: string, status: StepStatus): Promise<void> {
    const time = now()
    await this.db.transaction('rw', this.db.stepStates, this.db.projects, async () => {
      await this.db.stepStates.put({ projectId, stepId, status, updatedAt: time })
      await this.db.projects.update(projectId, { updatedAt: time })
    })
  }
}
