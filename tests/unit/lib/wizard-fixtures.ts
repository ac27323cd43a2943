import type { Question, Step } from '../../../src/content/schema'

/** Minimal wizard steps for the pure-logic tests; only the fields the logic reads matter. */
export function step(
  id: string,
  phase: number,
  order: number,
  questions: Partial<Question>[],
  closing = false,
): Step {
  return {
    id,
    phase,
    order,
    closing,
    title: id,
    goal: '',
    result: '',
    proposal: false,
    methods: [],
    checklist: [],
    html: '',
    headings: [],
    fallback: false,
    questions: questions.map((q) => ({
      id: 'q',
      type: 'long-text',
      label: q.id ?? 'q',
      section: 'herausforderung',
      required: false,
      ...q,
    })),
  }
}

export const PHASE_IDS = ['vorprozess', 'exploration', 'erprobung', 'entwicklung', 'skalierung']
