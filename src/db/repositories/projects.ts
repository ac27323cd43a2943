import Dexie from 'dexie'
import type { HandbookDatabase } from '../database'
import { newId, now } from '../ids'
import type { FilledProject } from '@/lib/sample-project'
import type { LogbookEntry, Project } from '@/model'
import { docsOf } from '../docs'
import { teamOfProject } from '../docs/owners'

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
    await docsOf(this.db).change({ teamId }, (w) => w.team.put('projects', { ...project }))
    return project
  }

  /**
   * A new project of the same team that starts from this one's answers (a template): the answers
   * are copied; step states, logbook and entry check are not, as the new project starts fresh.
   */
  async duplicate(id: string, title: string): Promise<Project | null> {
    const source = await this.db.projects.get(id)
    if (!source) return null
    const docs = docsOf(this.db)
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
    const answers = await docs.change({ teamId: source.teamId, projectIds: [id] }, (w) => {
      w.team.put('projects', { ...copy })
      return w.project(id).all('answers')
    })
    await docs.change({ teamId: source.teamId, projectIds: [copy.id] }, (w) => {
      for (const answer of answers)
        w.project(copy.id).put('answers', { ...answer, projectId: copy.id, updatedAt: time })
    })
    return copy
  }

  /**
   * A new project that starts filled in (the handbook's sample copied into a team): the project
   * with its phase and entry check in the team's document, then its answers, step states and
   * logbook in the project's. Logbook entries get one millisecond each, so they keep their order.
   */
  async createFilled(teamId: string, filled: FilledProject): Promise<Project> {
    const time = now()
    const project: Project = {
      id: newId(),
      teamId,
      title: filled.title.trim(),
      description: filled.description.trim(),
      phase: filled.phase,
      currentStepId: null,
      archived: false,
      ...(filled.entryCheck ? { entryCheck: filled.entryCheck } : {}),
      createdAt: time,
      updatedAt: time,
    }
    const docs = docsOf(this.db)
    await docs.change({ teamId }, (w) => w.team.put('projects', { ...project }))
    const start = Date.parse(time)
    const fill = docs.change({ teamId, projectIds: [project.id] }, (w) => {
      const own = w.project(project.id)
      for (const [questionId, value] of Object.entries(filled.answers))
        own.put('answers', { projectId: project.id, questionId, value, updatedAt: time })
      for (const [stepId, status] of Object.entries(filled.statuses))
        own.put('stepStates', { projectId: project.id, stepId, status, updatedAt: time })
      for (const [i, entry] of filled.logbook.entries()) {
        const stored: LogbookEntry = {
          ...entry,
          projectId: project.id,
          id: newId(),
          phase: project.phase,
          createdAt: new Date(start + i).toISOString(),
        }
        own.put('logbook', { ...stored })
      }
    })
    // Two documents cannot change in one transaction: if filling the project fails, the project
    // goes again, so no half-copied sample is left behind.
    await fill.catch(async (error: unknown) => {
      await docs.change({ teamId }, (w) => w.team.delete('projects', [project.id]))
      throw error
    })
    return project
  }

  /** Records the current step without counting it as an edit (the list sorts by last edit). */
  async setCurrentStep(id: string, stepId: string): Promise<void> {
    await this.patch(id, { currentStepId: stepId })
  }

  /** Stores the answers of the entry check under way, replacing those stored before. */
  async saveEntryCheckDraft(id: string, answers: Record<string, boolean>): Promise<void> {
    const time = now()
    await this.patch(id, { entryCheckDraft: { answers: { ...answers }, updatedAt: time }, updatedAt: time })
  }

  async update(id: string, changes: Partial<Omit<Project, 'id' | 'teamId' | 'createdAt'>>): Promise<void> {
    await this.patch(id, { ...changes, updatedAt: now() })
  }

  private async patch(id: string, changes: Record<string, unknown>): Promise<void> {
    const teamId = await teamOfProject(this.db, id)
    if (teamId) await docsOf(this.db).change({ teamId }, (w) => w.team.patch('projects', [id], changes))
  }
}
