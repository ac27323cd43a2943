import type { HandbookDatabase } from '../database'
import { docsOf } from '../docs'
import { teamOfProject } from '../docs/owners'
import { now } from '../ids'
import type { StepState, StepStatus } from '@/model'

export class StepStateRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<StepState[]> {
    return this.db.stepStates.where('projectId').equals(projectId).toArray()
  }

  /**
   * States of several projects at once (the project list). One indexed read per project, all in
   * flight together: `anyOf()` walks a cursor, one round trip to the storage process per record
   * (26 per fully worked project), which made opening the list of a busy team slow.
   */
  async listByProjects(projectIds: string[]): Promise<StepState[]> {
    return (await Promise.all(projectIds.map((id) => this.listByProject(id)))).flat()
  }

  /** Sets a step's status and marks the project as edited, atomically. */
  async set(projectId: string, stepId: string, status: StepStatus): Promise<void> {
    const teamId = await teamOfProject(this.db, projectId)
    if (!teamId) return
    const time = now()
    await docsOf(this.db).change({ teamId, projectIds: [projectId] }, (w) => {
      w.project(projectId).put('stepStates', { projectId, stepId, status, updatedAt: time })
      w.team.patch('projects', [projectId], { updatedAt: time })
    })
  }
}
