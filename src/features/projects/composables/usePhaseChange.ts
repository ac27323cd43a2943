import { useI18n } from '@/app/i18n'
import { repositories, type Project } from '@/db'
import { phaseMove } from '@/lib/phase-gate'

/**
 * Moves a project to another phase and writes it into the logbook: forward, back, or forward with
 * open items together with the team's reason.
 */
export function usePhaseChange(phaseTitle: (n: number) => string) {
  const { t } = useI18n()

  return async function changePhase(project: Project, to: number, reason?: string): Promise<void> {
    const from = project.phase
    const move = phaseMove(from, to)
    if (move === 'none') return
    const repos = repositories()
    await repos.projects.update(project.id, { phase: to })
    const title = phaseTitle(to)
    if (move === 'forward' && reason?.trim()) {
      await repos.logbook.add({
        projectId: project.id,
        kind: 'moved-on-open',
        text: t('projects.auto.movedOnOpen', { to, reason: reason.trim() }),
      })
    }
    await repos.logbook.add({
      projectId: project.id,
      kind: 'phase-changed',
      text: t(move === 'forward' ? 'projects.auto.phaseForward' : 'projects.auto.phaseBack', {
        from,
        to,
        title,
      }),
    })
  }
}
