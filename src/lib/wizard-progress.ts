/** Progress of a project through the wizard steps. Pure: no Vue, no storage. */
import type { Step } from '@/content/schema'
import type { StepStatus } from '@/model'

export type StatusMap = Readonly<Record<string, StepStatus | undefined>>

export interface Progress {
  /** Steps that are done or consciously skipped. */
  settled: number
  /** Steps that count: all but those marked "not relevant". */
  relevant: number
  /** 0–100, rounded down so 100 means every relevant step is settled. */
  percent: number
}

export const STEP_STATUSES: readonly StepStatus[] = ['open', 'in-progress', 'done', 'skipped', 'not-relevant']

/** A step without a stored state is open. */
export const statusOf = (statuses: StatusMap, stepId: string): StepStatus => statuses[stepId] ?? 'open'

/** Settled steps need no more work: done, skipped or not relevant. */
export const isSettled = (status: StepStatus): boolean =>
  status === 'done' || status === 'skipped' || status === 'not-relevant'

export function progressOf(steps: readonly Step[], statuses: StatusMap): Progress {
  let settled = 0
  let relevant = 0
  for (const step of steps) {
    const status = statusOf(statuses, step.id)
    if (status === 'not-relevant') continue
    relevant++
    if (status === 'done' || status === 'skipped') settled++
  }
  const percent = relevant === 0 ? 100 : Math.floor((settled / relevant) * 100)
  return { settled, relevant, percent }
}

/** Progress per phase number, for the phases that have steps. */
export function progressByPhase(steps: readonly Step[], statuses: StatusMap): Map<number, Progress> {
  const phases = [...new Set(steps.map((s) => s.phase))].sort((a, b) => a - b)
  return new Map(
    phases.map((n) => [
      n,
      progressOf(
        steps.filter((s) => s.phase === n),
        statuses,
      ),
    ]),
  )
}

/** Giving an answer in an open step puts it in progress; every other status stays as the team set it. */
export const statusAfterAnswer = (status: StepStatus): StepStatus =>
  status === 'open' ? 'in-progress' : status

/** The steps in wizard order: by phase, then by their order within the phase. */
export const orderSteps = (steps: readonly Step[]): Step[] =>
  [...steps].sort((a, b) => a.phase - b.phase || a.order - b.order)

/** The step before and after a step in wizard order (across phases). */
export function neighbours(steps: readonly Step[], stepId: string): { previous?: Step; next?: Step } {
  const ordered = orderSteps(steps)
  const index = ordered.findIndex((s) => s.id === stepId)
  if (index < 0) return {}
  return { previous: ordered[index - 1], next: ordered[index + 1] }
}

/** Where a step sits in its phase: its position (from 1) and how many steps the phase has. */
export function stepPosition(steps: readonly Step[], stepId: string): { n: number; of: number } | null {
  const step = steps.find((s) => s.id === stepId)
  if (!step) return null
  const phase = orderSteps(steps.filter((s) => s.phase === step.phase))
  return { n: phase.indexOf(step) + 1, of: phase.length }
}

/** A phase is done when it has steps and every one of them is settled (done, skipped, not relevant). */
export function isPhaseDone(steps: readonly Step[], statuses: StatusMap, phase: number): boolean {
  const own = steps.filter((s) => s.phase === phase)
  return own.length > 0 && own.every((s) => isSettled(statusOf(statuses, s.id)))
}

/**
 * The step a team goes on with: the first step of its current phase that is not settled; once that
 * phase is settled, the first open step of the phases after it, so a project whose phase is done
 * points into the next phase even before the team has moved there. Earlier phases are not searched:
 * a team that started later or moved on left them on purpose. Null when nothing from the current
 * phase on is open.
 */
export function nextOpenStep(steps: readonly Step[], statuses: StatusMap, phase: number): Step | null {
  return orderSteps(steps).find((s) => s.phase >= phase && !isSettled(statusOf(statuses, s.id))) ?? null
}

/** The step a phase opens at: its first open step, else its first step. */
export function phaseEntryStep(steps: readonly Step[], statuses: StatusMap, phase: number): Step | null {
  const own = orderSteps(steps.filter((s) => s.phase === phase))
  return own.find((s) => !isSettled(statusOf(statuses, s.id))) ?? own[0] ?? null
}
