/** The entry check: yes/no answers → the recommended phase to start in, with reasons. Pure. */
import type { EntryCheck } from '@/content/schema'

export type EntryAnswers = Readonly<Record<string, boolean | undefined>>

export interface EntryRecommendation {
  phase: number
  /** The reason of the rule that decided, then those of other rules for the same phase that hold. */
  reasons: string[]
  /** All fit questions answered, with fewer "yes" than the threshold: the handbook may be too much. */
  lowFit: boolean
  /** How many questions have an answer. */
  answered: number
}

/** A rule holds when every question it names was answered exactly as it says; unanswered never holds. */
const holds = (when: Readonly<Record<string, boolean>>, answers: EntryAnswers): boolean =>
  Object.entries(when).every(([id, expected]) => answers[id] === expected)

/** Rules are read from the top; the first that holds wins (the content ends with a rule without conditions). */
export function recommendPhase(
  check: Pick<EntryCheck, 'questions' | 'rules' | 'lowFitThreshold'>,
  answers: EntryAnswers,
): EntryRecommendation {
  const matching = check.rules.filter((rule) => holds(rule.when, answers))
  const phase = matching[0]?.phase ?? 1
  const reasons = matching.filter((rule) => rule.phase === phase).map((rule) => rule.reason)
  const fit = check.questions.filter((q) => q.group === 'fit')
  const fitYes = fit.filter((q) => answers[q.id] === true).length
  const fitAnswered = fit.every((q) => typeof answers[q.id] === 'boolean')
  const answered = check.questions.filter((q) => typeof answers[q.id] === 'boolean').length
  return { phase, reasons, lowFit: fitAnswered && fitYes < check.lowFitThreshold, answered }
}
