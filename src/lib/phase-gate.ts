/**
 * The gate at the end of a phase: the closing questions propose the next phase, or stopping or
 * pausing the measure; moving on while work is open (or while the criteria for skipping a phase are
 * not met) is allowed but needs a reason; stepping back is always allowed. Pure.
 */
import type { GateDecision, Question, Step } from '@/content/schema'
import { isAnswered } from './answers'
import { isSettled, statusOf, type StatusMap } from './wizard-progress'

export interface PhaseGate {
  /** Steps of the phase (not the closing step) that are neither done, skipped nor not relevant. */
  openSteps: Step[]
  /** Closing questions of the phase without an answer. */
  openQuestions: Question[]
  /**
   * When the closing answers skip a phase: the labels of the skip criteria (options of a
   * `skipCriteria` checklist) that are not ticked yet. Empty when no phase is skipped.
   */
  unmetSkipCriteria: string[]
  /** True when nothing is open: moving on needs no reason. */
  ready: boolean
  /**
   * The phase the closing questions point to, or null when they propose staying, stopping or
   * pausing, or when there is no later phase.
   */
  proposedPhase: number | null
  /** Set when a closing answer chooses to stop or pause the measure. */
  decision: GateDecision | null
  /**
   * True once the closing questions that choose how to go on (single choices) are answered, or,
   * in a phase without such a choice, all its closing questions: only then do they propose
   * anything. False in a phase without closing questions.
   */
  proposalAnswered: boolean
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
  // Skip criteria matter only when a phase is skipped; then they are reported on their own.
  const openQuestions = closingQuestions.filter((q) => !q.skipCriteria && !isAnswered(q.type, answers[q.id]))

  let proposedPhase: number | null = phase < phaseIds.length ? phase + 1 : null
  let decision: GateDecision | null = null
  for (const question of closingQuestions) {
    if (question.type !== 'single-choice') continue
    const answer = String(answers[question.id] ?? '')
    const chosen = phaseIds.indexOf(answer)
    if (chosen >= 0) proposedPhase = chosen + 1
    decision = question.options?.find((o) => o.value === answer)?.decision ?? decision
  }
  if (proposedPhase === phase || decision) proposedPhase = null

  const skipping = proposedPhase !== null && proposedPhase > phase + 1
  const unmetSkipCriteria = skipping
    ? closingQuestions
        .filter((q) => q.skipCriteria)
        .flatMap((q) => {
          const ticked = Array.isArray(answers[q.id]) ? (answers[q.id] as unknown[]) : []
          return (q.options ?? []).filter((o) => !ticked.includes(o.value)).map((o) => o.label)
        })
    : []

  const choices = closingQuestions.filter((q) => q.type === 'single-choice')
  const deciding = choices.length ? choices : closingQuestions.filter((q) => !q.skipCriteria)
  const proposalAnswered = deciding.length > 0 && deciding.every((q) => isAnswered(q.type, answers[q.id]))

  const ready = !openSteps.length && !openQuestions.length && !unmetSkipCriteria.length
  return { openSteps, openQuestions, unmetSkipCriteria, ready, proposedPhase, decision, proposalAnswered }
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
