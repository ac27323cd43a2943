import Dexie from 'dexie'
import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { Project } from '@/model'

export class ProjectRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByTeam(teamId: string): Promise<Project[]> {
    return this.db.projects.where('teamId').equals(teamId).reverse().sortBy('updatedAt')
  }

  /**
   * A team's most recently edited projects, newest first, at most `limit`: what the data page lists
   * of a team that may hold thousands. Read from the [teamId+updatedAt] index, so nothing is sorted.
   */
  recentByTeam(teamId: string, limit: number): Promise<Project[]> {
    return this.db.projects
      .where('[teamId+updatedAt]')
      .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
      .reverse()
      .limit(limit)
      .toArray()
  }

  countByTeam(teamId: string): Promise<number> {
    return this.db.projects.where('teamId').equals(teamId).count()
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

  /**
   * A new project of the same team that starts from this one's answers (a template): the answers
   * are copied; step states, logbook and entry check are not, as the new project starts fresh.
   */
  async duplicate(id: string, title: string): Promise<Project | null> {
    const { db } = this
    return db.transaction('rw', db.projects, db.answers, async () => {
      const source = await db.projects.get(id)
      if (!source) return null
      const time = now()
      const copy: Project = {
        ...source,
        id: newId(),
        title: title.trim(),
        archived: false,
        currentStepId: null,
        createdAt: time,
        updatedAt: time,
      }
      delete copy.entryCheck
      delete copy.entryCheckDraft
      await db.projects.add(copy)
      const answers = await db.answers.where('projectId').equals(id).toArray()
      await db.answers.bulkAdd(answers.map((a) => ({ ...a, projectId: copy.id, updatedAt: time })))
      return copy
    })
  }

  /** Records the current step without counting it as an edit (the list sorts by last edit). */
  async setCurrentStep(id: string, stepId: string): Promise<void> {
    await this.db.projects.update(id, { currentStepId: stepId })
  }

  /** Stores the answers of the entry check under way, replacing those stored before. */
  async saveEntryCheckDraft(id: string, answers: Record<string, boolean>): Promise<void> {
    const time = now()
    await this.db.projects.update(id, {
      entryCheckDraft: { answers: { ...answers }, updatedAt: time },
      updatedAt: time,
    })
  }

  async update(id: string, changes: Partial<Omit<Project, 'id' | 'teamId' | 'createdAt'>>): Promise<void> {
    await this.db.projects.update(id, { ...changes, updatedAt: now() })
  }
}
