import { loadRepositories } from '@/db/live'
import type { EntryCheckResult, LogbookEntry, Project, StepStatus } from '@/model'

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
    /** Stores each answer of the entry check as it is given, before the team starts in a phase. */
    saveEntryCheckDraft: async (projectId: string, answers: Record<string, boolean>) =>
      (await repos()).projects.saveEntryCheckDraft(projectId, answers),
    async saveEntryCheck(projectId: string, result: EntryCheckResult, note: string) {
      const r = await repos()
      // The result replaces the draft it was made from.
      await r.projects.update(projectId, { entryCheck: result, entryCheckDraft: undefined })
      await r.logbook.add({ projectId, kind: 'decision', text: note })
    },
    setStepStatus: async (projectId: string, stepId: string, status: StepStatus) =>
      (await repos()).stepStates.set(projectId, stepId, status),
    /** Records the step the team is on, without counting it as an edit. */
    setCurrentStep: async (projectId: string, stepId: string) =>
      (await repos()).projects.setCurrentStep(projectId, stepId),
    async completeStep(projectId: string, stepId: string, note: string) {
      const r = await repos()
      await r.stepStates.set(projectId, stepId, 'done')
      await r.logbook.add({ projectId, kind: 'step-done', text: note })
    },
    async changePhase(projectId: string, phase: number, notes: readonly NewEntry[]) {
      const r = await repos()
      await r.projects.update(projectId, { phase })
      for (const entry of notes) await r.logbook.add(entry)
    },
  }
}
