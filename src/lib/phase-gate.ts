/**
 * The gate at the end of a phase: the closing questions propose the next phase; moving on while
 * work is open is allowed but needs a reason; stepping back is always allowed. Pure.
 */
import type { Question, Step } from '@/content/schema'
import { isAnswered } from './answers'
import { isSettled, statusOf, type StatusMap } from './wizard-progress'

export interface PhaseGate {
  /** Steps of the phase (not the closing step) that are neither done, skipped nor not relevant. */
  openSteps: Step[]
  /** Closing questions of the phase without an answer. */
  openQuestions: Question[]
  /** True when nothing is open: moving on needs no reason. */
  ready: boolean
  /** The phase the closing questions point to, or null when there is no later phase to propose. */
  proposedPhase: number | null
}

/**
 * `phaseIds` are the ids of the phases in order (index 0 is phase 1): a closing single-choice
 * question whose chosen option is a phase id ("erprobung") proposes that phase; otherwise the next
 * phase is proposed.
 */
export function phaseGate(
  phase: number,
  steps: readonly Step[],
  statuses: StatusMap,
  answers: Readonly<Record<string, unknown>>,
  phaseIds: readonly string[],
): PhaseGate {
  const inPhase = steps.filter((s) => s.phase === phase)
  const closing = inPhase.filter((s) => s.closing)
  const openSteps = inPhase.filter((s) => !s.closing && !isSettled(statusOf(statuses, s.id)))
  const closingQuestions = closing.flatMap((s) => s.questions)
  const openQuestions = closingQuestions.filter((q) => !isAnswered(q.type, answers[q.id]))

  let proposedPhase: number | null = phase < phaseIds.length ? phase + 1 : null
  for (const question of closingQuestions) {
    if (question.type !== 'single-choice') continue
    const chosen = phaseIds.indexOf(String(answers[question.id] ?? ''))
    if (chosen >= 0) proposedPhase = chosen + 1
  }
  if (proposedPhase === phase) proposedPhase = null

  return { openSteps, openQuestions, ready: !openSteps.length && !openQuestions.length, proposedPhase }
}

export type PhaseMove = 'forward' | 'back' | 'none'

/** Moving forward past open work needs a reason; moving back never does. */
export function phaseMove(from: number, to: number): PhaseMove {
  if (to > from) return 'forward'
  if (to < from) return 'back'
  return 'none'
}

export const needsReason = (gate: PhaseGate, from: number, to: number): boolean =>
  phaseMove(from, to) === 'forward' && !gate.ready
