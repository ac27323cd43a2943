import { useI18n } from '@/app/i18n'
import { phaseMove } from '@/lib/phase-gate'
import type { LogbookEntry, Project } from '@/model'
import { useProjectActions } from './useProjectActions'

/**
 * Moves a project to another phase and writes it into the logbook: forward, back, or forward with
 * open items together with the team's reason.
 */
export function usePhaseChange(phaseTitle: (n: number) => string) {
  const { t } = useI18n()
  const actions = useProjectActions()

  return async function changePhase(project: Project, to: number, reason?: string): Promise<void> {
    const from = project.phase
    const move = phaseMove(from, to)
    if (move === 'none') return
    const notes: Omit<LogbookEntry, 'id' | 'createdAt'>[] = []
    if (move === 'forward' && reason?.trim()) {
      notes.push({
        projectId: project.id,
        kind: 'moved-on-open',
        text: t('projects.auto.movedOnOpen', { to, reason: reason.trim() }),
      })
    }
    notes.push({
      projectId: project.id,
      kind: 'phase-changed',
      text: t(move === 'forward' ? 'projects.auto.phaseForward' : 'projects.auto.phaseBack', {
        from,
        to,
        title: phaseTitle(to),
      }),
    })
    await actions.changePhase(project.id, to, notes)
  }
}
