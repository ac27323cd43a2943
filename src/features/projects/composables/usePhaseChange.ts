import { phaseMove } from '@/lib/phase-gate'
import type { LogbookEvent } from '@/lib/logbook-events'
import type { Project } from '@/model'
import { useProjectActions } from './useProjectActions'

/**
 * Moves a project to another phase and records it in the logbook: forward, back, or forward with
 * open items together with the team's reason.
 */
export function usePhaseChange() {
  const actions = useProjectActions()

  return async function changePhase(project: Project, to: number, reason?: string): Promise<void> {
    const from = project.phase
    const move = phaseMove(from, to)
    if (move === 'none') return
    const events: LogbookEvent[] = []
    if (move === 'forward' && reason?.trim()) {
      events.push({ kind: 'moved-on-open', params: { to }, text: reason.trim() })
    }
    events.push({ kind: 'phase-changed', params: { from, to } })
    await actions.changePhase(project.id, to, events)
  }
}
