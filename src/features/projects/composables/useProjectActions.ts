import { loadRepositories } from '@/db/live'
import { eventEntry, type LogbookEvent } from '@/lib/logbook-events'
import type { EntryCheckResult, Project, StepStatus } from '@/model'

type ProjectChanges = Partial<Pick<Project, 'title' | 'description' | 'archived' | 'entryCheck'>>

/**
 * Records `event` in the logbook of `projectId`, with the phase the project is in now. The one
 * way the app writes an automatic entry: it stores the event, not a sentence, so every reader
 * sees it in their language.
 */
export async function logEvent(projectId: string, event: LogbookEvent): Promise<void> {
  await (await loadRepositories()).logbook.add(eventEntry(projectId, event))
}

/** What a team does to its projects and their steps; what it does is recorded with `logEvent`. */
export function useProjectActions() {
  const repos = loadRepositories
  return {
    create: async (teamId: string, title: string, description: string) =>
      (await repos()).projects.create(teamId, title, description),
    update: async (projectId: string, changes: ProjectChanges) =>
      (await repos()).projects.update(projectId, changes),
    logEvent,
    /** A new project of the same team that starts from this one's answers, noted in its logbook. */
    async duplicate(original: Pick<Project, 'id' | 'title'>, title: string) {
      const copy = await (await repos()).projects.duplicate(original.id, title)
      if (copy) await logEvent(copy.id, { kind: 'copied-from', params: { title: original.title } })
      return copy
    },
    /** Stores each answer of the entry check as it is given, before the team starts in a phase. */
    saveEntryCheckDraft: async (projectId: string, answers: Record<string, boolean>) =>
      (await repos()).projects.saveEntryCheckDraft(projectId, answers),
    async saveEntryCheck(projectId: string, result: EntryCheckResult, chosen: number) {
      // The result replaces the draft it was made from.
      await (await repos()).projects.update(projectId, { entryCheck: result, entryCheckDraft: undefined })
      await logEvent(projectId, {
        kind: 'entry-check',
        params: { recommended: result.recommendedPhase, chosen },
      })
    },
    setStepStatus: async (projectId: string, stepId: string, status: StepStatus) =>
      (await repos()).stepStates.set(projectId, stepId, status),
    /** Records the step the team is on, without counting it as an edit. */
    setCurrentStep: async (projectId: string, stepId: string) =>
      (await repos()).projects.setCurrentStep(projectId, stepId),
    /**
     * Marks a step done. The logbook says so, or, when `openRequired` questions were still empty,
     * that the team moved on with them open (kind 'moved-on-open').
     */
    async completeStep(projectId: string, stepId: string, openRequired = 0) {
      await (await repos()).stepStates.set(projectId, stepId, 'done')
      await logEvent(
        projectId,
        openRequired > 0
          ? { kind: 'moved-on-open', params: { stepId, open: openRequired } }
          : { kind: 'step-done', params: { stepId } },
      )
    },
    /** Moves the project to `phase`, then records what the caller says happened (the move, a reason). */
    async changePhase(projectId: string, phase: number, events: readonly LogbookEvent[]) {
      await (await repos()).projects.update(projectId, { phase })
      for (const event of events) await logEvent(projectId, event)
    },
  }
}
