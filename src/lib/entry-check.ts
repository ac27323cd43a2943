/** The entry check: yes/no answers → the recommended phase to start in, with reasons. Pure. */
import type { EntryCheck } from '@/content/schema'

export type EntryAnswers = Readonly<Record<string, boolean | undefined>>
type Check = Pick<EntryCheck, 'questions' | 'rules' | 'lowFitThreshold'>

interface Common {
  /** All fit questions answered, with fewer "yes" than the threshold: the handbook may be too much. */
  lowFit: boolean
  /** How many questions have an answer. */
  answered: number
}

export interface DecidedRecommendation extends Common {
  status: 'decided'
  phase: number
  /** The reason of the rule that decided, then those of other rules for the same phase that hold. */
  reasons: string[]
}

export interface UndecidedRecommendation extends Common {
  status: 'undecided'
  phase: null
  /** The unanswered questions a rule that could still win depends on, in the order they are asked. */
  missing: string[]
}

export type EntryRecommendation = DecidedRecommendation | UndecidedRecommendation

type RuleState = 'holds' | 'refuted' | 'open'

/**
 * A rule holds when every question it names was answered exactly as it says, and is refuted by one
 * answer against it; otherwise it is open: it could still win once its questions are answered.
 */
function ruleState(when: Readonly<Record<string, boolean>>, answers: EntryAnswers): RuleState {
  const conditions = Object.entries(when)
  if (conditions.some(([id, expected]) => typeof answers[id] === 'boolean' && answers[id] !== expected))
    return 'refuted'
  return conditions.every(([id, expected]) => answers[id] === expected) ? 'holds' : 'open'
}

/**
 * Rules are read from the top; the first that holds wins (the content ends with a rule without
 * conditions). An open rule above it may still win once its questions are answered: until then
 * there is no recommendation, unless every such rule names the same phase as the winner, which an
 * answer can then no longer change.
 */
export function recommendPhase(check: Check, answers: EntryAnswers): EntryRecommendation {
  const states = check.rules.map((rule) => ruleState(rule.when, answers))
  const winner = states.indexOf('holds')
  const above = winner < 0 ? check.rules : check.rules.slice(0, winner)
  const phase = winner < 0 ? null : check.rules[winner]!.phase
  const rivals = above.filter((rule, i) => states[i] === 'open' && rule.phase !== phase)

  const fit = check.questions.filter((q) => q.group === 'fit')
  const fitYes = fit.filter((q) => answers[q.id] === true).length
  const fitAnswered = fit.every((q) => typeof answers[q.id] === 'boolean')
  const common: Common = {
    lowFit: fitAnswered && fitYes < check.lowFitThreshold,
    answered: check.questions.filter((q) => typeof answers[q.id] === 'boolean').length,
  }

  if (phase === null || rivals.length) {
    const deciding = new Set(rivals.flatMap((rule) => Object.keys(rule.when)))
    const missing = check.questions
      .filter((q) => deciding.has(q.id) && typeof answers[q.id] !== 'boolean')
      .map((q) => q.id)
    return { ...common, status: 'undecided', phase: null, missing }
  }
  const reasons = check.rules
    .filter((rule, i) => states[i] === 'holds' && rule.phase === phase)
    .map((rule) => rule.reason)
  return { ...common, status: 'decided', phase, reasons }
}

/** Where the flow resumes: the first question without an answer, or the result after the last. */
export function firstUnanswered(check: Pick<EntryCheck, 'questions'>, answers: EntryAnswers): number {
  const index = check.questions.findIndex((q) => typeof answers[q.id] !== 'boolean')
  return index < 0 ? check.questions.length : index
}

/** Only the given answers, as stored: no unanswered keys, no questions the check no longer asks. */
export function storedAnswers(
  check: Pick<EntryCheck, 'questions'>,
  answers: EntryAnswers,
): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const { id } of check.questions) {
    const answer = answers[id]
    if (typeof answer === 'boolean') out[id] = answer
  }
  return out
}

/**
 * The phase the check led the project into: the team's choice, or for a result stored before the
 * choice was kept, the recommended phase.
 */
export const startPhase = (result: { recommendedPhase: number; chosenPhase?: number }): number =>
  result.chosenPhase ?? result.recommendedPhase
