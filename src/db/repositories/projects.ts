import Dexie from 'dexie'
import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { FilledProject } from '@/lib/sample-project'
import type { Project } from '@/model'
import { LogbookRepository } from './logbook'

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

  /**
   * A new project that starts filled in (the handbook's sample copied into a team): the project, its
   * answers, step states and logbook in one transaction, so a failure leaves nothing half-copied.
   * Logbook entries go through the logbook's own `add`; each gets its own millisecond, so they keep
   * their order.
   */
  async createFilled(teamId: string, filled: FilledProject): Promise<Project> {
    const { db } = this
    const logbook = new LogbookRepository(db)
    return db.transaction('rw', [db.projects, db.answers, db.stepStates, db.logbook], async () => {
      const project = await this.create(teamId, filled.title, filled.description)
      const { createdAt: time } = project
      const changes: Partial<Project> = { phase: filled.phase }
      if (filled.entryCheck) changes.entryCheck = filled.entryCheck
      await db.projects.update(project.id, changes)
      await db.answers.bulkAdd(
        Object.entries(filled.answers).map(([questionId, value]) => ({
          projectId: project.id,
          questionId,
          value,
          updatedAt: time,
        })),
      )
      await db.stepStates.bulkAdd(
        Object.entries(filled.statuses).map(([stepId, status]) => ({
          projectId: project.id,
          stepId,
          status,
          updatedAt: time,
        })),
      )
      const start = Date.parse(time)
      for (const [i, entry] of filled.logbook.entries()) {
        const added = await logbook.add({ ...entry, projectId: project.id })
        await db.logbook.update(added.id, { createdAt: new Date(start + i).toISOString() })
      }
      return { ...project, ...changes }
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
