import type { Question, Step } from '@/content/schema'
import { useProjectActions } from './useProjectActions'

/**
 * Marks a wizard step done. The logbook records that it is done or, when the team closed it with
 * required questions unanswered, how many stayed open (as an event, worded in the reader's language).
 */
export function useStepCompletion() {
  const actions = useProjectActions()
  return (projectId: string, step: Step, openRequired: readonly Question[]) =>
    actions.completeStep(projectId, step.id, openRequired.length)
}
