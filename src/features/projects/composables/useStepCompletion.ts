import { useI18n } from '@/app/i18n'
import type { Question, Step } from '@/content/schema'
import { useProjectActions } from './useProjectActions'

/**
 * Marks a wizard step done and writes the logbook entry for it: that the step is done, or, when the
 * team closed it with required questions unanswered, how many and which. The one place that words
 * these automatic entries.
 */
export function useStepCompletion() {
  const { t } = useI18n()
  const actions = useProjectActions()

  return function complete(projectId: string, step: Step, openRequired: readonly Question[]) {
    const note = openRequired.length
      ? {
          kind: 'moved-on-open' as const,
          text: t('projects.wizard.closedOpen', {
            step: step.title,
            open: t('projects.wizard.openRequired', openRequired.length),
            list: openRequired.map((q) => q.label).join('; '),
          }),
        }
      : { kind: 'step-done' as const, text: t('projects.auto.stepDone', { step: step.title }) }
    return actions.completeStep(projectId, step.id, note)
  }
}
