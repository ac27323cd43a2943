import { loadRepositories } from '@/db/live'
import type { EntryCheckResult, LogbookEntry, LogbookKind, Project, StepStatus } from '@/model'

type ProjectChanges = Partial<Pick<Project, 'title' | 'description' | 'archived' | 'entryCheck'>>
type NewEntry = Omit<LogbookEntry, 'id' | 'createdAt'>

/** What a team does to its projects and their steps; every text for the logbook comes from the caller. */
export function useProjectActions() {
  const repos = loadRepositories
  return {
    create: async (teamId: string, title: string, description: string) =>
      (await repos()).projects.create(teamId, title, description),
    update: async (projectId: string, changes: ProjectChanges) =>
      (await repos()).projects.update(projectId, changes),
    /** A new project of the same team that starts from this one's answers, noted in its logbook. */
    async duplicate(projectId: string, title: string, note: string) {
      const r = await repos()
      const copy = await r.projects.duplicate(projectId, title)
      if (copy) await r.logbook.add({ projectId: copy.id, kind: 'note', text: note })
      return copy
    },
    async saveEntryCheck(projectId: string, result: EntryCheckResult, note: string) {
      const r = await repos()
      await r.projects.update(projectId, { entryCheck: result })
      await r.logbook.add({ projectId, kind: 'decision', text: note })
    },
    setStepStatus: async (projectId: string, stepId: string, status: StepStatus) =>
      (await repos()).stepStates.set(projectId, stepId, status),
    /** Records the step the team is on, without counting it as an edit. */
    setCurrentStep: async (projectId: string, stepId: string) =>
      (await repos()).projects.setCurrentStep(projectId, stepId),
    /** Marks a step done; the logbook entry says so, or (kind 'moved-on-open') what was left open. */
    async completeStep(
      projectId: string,
      stepId: string,
      note: { kind: Extract<LogbookKind, 'step-done' | 'moved-on-open'>; text: string },
    ) {
      const r = await repos()
      await r.stepStates.set(projectId, stepId, 'done')
      await r.logbook.add({ projectId, kind: note.kind, text: note.text })
    },
    async changePhase(projectId: string, phase: number, notes: readonly NewEntry[]) {
      const r = await repos()
      await r.projects.update(projectId, { phase })
      for (const entry of notes) await r.logbook.add(entry)
    },
  }
}
