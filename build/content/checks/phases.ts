/**
 * The phases come from the content, not from the code: a handbook has 2 to 9 phase files, numbered
 * 1..N without gaps, and everything that names a phase (a step's phase, an entry-check rule, a method
 * card's phases, a gate option that proposes a phase) must name one of them.
 */
import type { CheckedDoc } from '../check.ts'
import { editDistance } from '../errors.ts'

export const MIN_PHASES = 2
/** The schema's outer bound (phaseNumber in src/content/schema.ts). */
export const MAX_PHASES = 9

type Fail = (doc: CheckedDoc, field: string, message: string) => void

export interface PhaseInput {
  phases: readonly CheckedDoc[]
  steps: readonly CheckedDoc[]
  methods: readonly CheckedDoc[]
  entryCheck: CheckedDoc | undefined
  /** A step file whose front matter is broken may be the missing step of a phase: its error says so. */
  stepsBroken: boolean
  /** Ids of phase files whose front matter is broken: their numbers are unknown. */
  brokenPhaseIds: readonly string[]
  /** Where a handbook without any phase file should put them, for the message. */
  phaseFolder: string
}

const phaseRange = (count: number) => (count === 1 ? 'phase 1' : `phases 1–${count}`)

/** Numbering and every reference to a phase, by number or (in a gate) by id. */
export function checkPhases(
  input: PhaseInput,
  fail: Fail,
  failAt: (file: string, field: string, message: string) => void,
): void {
  const { phases, steps, methods, entryCheck, brokenPhaseIds } = input
  const numbers = new Set<number>(phases.map((p) => p.data.number))
  const count = Math.max(0, ...numbers)

  // A broken phase file has a number nobody can read: gaps and references would only echo its error.
  if (brokenPhaseIds.length === 0) {
    if (phases.length === 0) {
      failAt(
        input.phaseFolder,
        'file',
        `a handbook needs ${MIN_PHASES} to ${MAX_PHASES} phases, one file each; found none`,
      )
      return
    }
    const gaps = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !numbers.has(n))
    const seen = new Map<number, string>()
    for (const phase of phases) {
      const n: number = phase.data.number
      const other = seen.get(n)
      seen.set(n, other ?? phase.file)
      if (!other) continue
      // A number used twice usually left a gap: say both in one error.
      const gap = gaps.length ? `; ${gaps.map((g) => `phase ${g}`).join(', ')} is missing` : ''
      fail(phase, 'number', `the phase number ${n} is already used by ${other}${gap}`)
    }
    if (seen.size === phases.length) {
      for (const n of gaps) {
        const next = [...phases].sort((a, b) => a.data.number - b.data.number).find((p) => p.data.number > n)!
        fail(next, 'number', `phase ${n} is missing: number the phases 1 to ${count} without gaps`)
      }
    }
    if (count < MIN_PHASES) {
      fail(phases[0], 'number', `a handbook needs at least ${MIN_PHASES} phases; this one has ${count}`)
    }
    const refer = (doc: CheckedDoc, field: string, n: number) => {
      if (n > count) fail(doc, field, `the phase ${n} does not exist; this handbook has ${phaseRange(count)}`)
    }
    for (const doc of steps) refer(doc, 'phase', doc.data.phase)
    for (const doc of methods)
      doc.data.phases.forEach((n: number, i: number) => refer(doc, `phases[${i + 1}]`, n))
    entryCheck?.data.rules.forEach((rule: { phase: number }, i: number) =>
      refer(entryCheck, `rules[${i + 1}].phase`, rule.phase),
    )
    // With a gap, a number used twice or a step in a phase that does not exist, the steps probably
    // belong to a phase that lacks them: that error says what to fix.
    const numbered = gaps.length === 0 && seen.size === phases.length
    const stray = steps.some((s) => !numbers.has(s.data.phase))
    if (numbered && !stray && !input.stepsBroken) checkPhaseSteps(phases, steps, fail)
  }
  checkGates(input, fail)
}

/**
 * A team works through a phase step by step and leaves it through its closing questions (the step
 * with `closing: true`), which propose the next phase: a phase without steps, or without a closing
 * step, would leave the team stuck in it.
 */
function checkPhaseSteps(phases: readonly CheckedDoc[], steps: readonly CheckedDoc[], fail: Fail) {
  for (const phase of phases) {
    const n: number = phase.data.number
    const own = steps.filter((s) => s.data.phase === n)
    if (own.length === 0)
      fail(
        phase,
        'number',
        `no wizard step belongs to phase ${n}; give the phase its steps (phase: ${n} in steps/), the last with closing: true`,
      )
    else if (!own.some((s) => s.data.closing))
      fail(
        phase,
        'number',
        `none of the steps of phase ${n} has closing: true; its last step needs the closing questions that end the phase and propose the next one`,
      )
  }
}

interface Option {
  value: string
  decision?: string
}

/**
 * A closing step's single-choice question proposes the phase whose id an option carries. An option
 * that is neither a phase id nor a decision keeps the default (the next phase), so a misspelt phase id
 * would silently propose the wrong phase; and a proposal may only jump over phases marked skippable.
 */
function checkGates({ phases, steps, brokenPhaseIds }: PhaseInput, fail: Fail) {
  const byId = new Map(phases.map((p) => [p.id, p]))
  const allIds = [...byId.keys(), ...brokenPhaseIds]
  for (const step of steps) {
    if (!step.data.closing) continue
    step.data.questions.forEach((q: { type: string; options?: Option[] }, i: number) => {
      if (q.type !== 'single-choice') return
      q.options?.forEach((option, j) => {
        if (option.decision) return
        const field = `questions[${i + 1}].options[${j + 1}].value`
        const target = byId.get(option.value)
        if (!target) {
          if (allIds.includes(option.value)) return
          const near = allIds.find((id) => id.length > 4 && editDistance(id, option.value) <= 2)
          if (near)
            fail(
              step,
              field,
              `"${option.value}" is not a phase id; did you mean "${near}"? An option proposes a phase only when its value is a phase id`,
            )
          return
        }
        for (const skipped of phases) {
          const n = skipped.data.number
          if (n > step.data.phase && n < target.data.number && !skipped.data.skippable)
            fail(
              step,
              field,
              `proposing "${option.value}" skips phase ${n} "${skipped.id}", which is not skippable (see ${skipped.file})`,
            )
        }
      })
    })
  }
}
