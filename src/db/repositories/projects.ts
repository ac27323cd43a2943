import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { Project } from '../types'

export class ProjectRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByTeam(teamId: string): Promise<Project[]> {
    return this.db.projects.where('teamId').equals(teamId).reverse().sortBy('updatedAt')
  }

  count(): Promise<number> {
    return this.db.projects.count()
  }

  get(id: string): Promise<Project | undefined> {
    return this.db.projects.get(id)
  }

  async create(teamId: string, title: string, description = ''): Promise<Project> {
    const time = now()
    const project: Project = {
      id: newId(),
      teamId,
      title: title.trim(),
      description: description.trim(),
      phase: 1,
      currentStepId: null,
      archived: false,
      createdAt: time,
      updatedAt: time,
    }
    await this.db.projects.add(project)
    return project
  }

  async update(id: string, changes: Partial<Omit<Project, 'id' | 'teamId' | 'createdAt'>>): Promise<void> {
    await this.db.projects.update(id, { ...changes, updatedAt: now() })
  }
}
