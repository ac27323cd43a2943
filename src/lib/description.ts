/**
 * The project description (Maßnahmenbeschreibung): the answers of all steps, gathered into the
 * sections of the template in its fixed order. The document built from it (page, exports) is in
 * description-document.ts. Pure.
 */
import type { DescriptionTemplate, Question, Step } from '@/content/schema'
import {
  filledRatings,
  filledRows,
  isAnswered,
  isRecordType,
  RECORD_FIELDS,
  type RecordType,
} from './answers'
import { readAnswer } from './answer-shapes'
import { orderSteps } from './wizard-progress'

export interface DescriptionEntry {
  question: Question
  step: Step
  /** The answer in the shape of its question type (see readAnswer). */
  value: unknown
  /** Parts of the stored answer could not be read; the view marks the answer. */
  invalid: boolean
}

export interface DescriptionSection {
  id: string
  title: string
  description: string
  /** Answered questions feeding this section, in wizard order. */
  entries: DescriptionEntry[]
  /** Questions feeding this section that have no answer yet, with the step that asks them. */
  open: { question: Question; step: Step }[]
}

export function assembleDescription(
  template: Pick<DescriptionTemplate, 'sections'>,
  steps: readonly Step[],
  answers: Readonly<Record<string, unknown>>,
): DescriptionSection[] {
  const ordered = orderSteps(steps)
  return template.sections.map((section) => {
    const entries: DescriptionEntry[] = []
    const open: { question: Question; step: Step }[] = []
    for (const step of ordered) {
      for (const question of step.questions) {
        if (question.section !== section.id) continue
        // An unreadable answer is listed with its marker, not as an open question: it was answered.
        const { value, invalid } = readAnswer(question.type, answers[question.id])
        if (invalid || isAnswered(question.type, value)) entries.push({ question, step, value, invalid })
        else open.push({ question, step })
      }
    }
    return { id: section.id, title: section.title, description: section.description, entries, open }
  })
}

/** Words the text output needs, in the reader's language. */
export interface AnswerWords {
  /** Label of a column of a table question, e.g. ("risks", "likelihood") → "Wahrscheinlichkeit". */
  field: (type: RecordType, key: string) => string
  /** Label of a fixed column value, e.g. "high" → "hoch". */
  level: (value: string) => string
  /** Title of a value of the value compass. */
  valueTitle: (id: string) => string
  /** A compass rating, e.g. 2 → "2 von 3". */
  rating: (rating: number | null) => string
  /** Column heads of the value compass as a table. */
  compassColumns: { value: string; rating: string; justification: string }
}

/**
 * An answer as short plain-text lines, one per item or row: for the wizard's edit conflict, which
 * shows the other tab's version beside the form. Documents use the blocks of description-document.ts.
 */
export function answerLines(question: Question, stored: unknown, words: AnswerWords): string[] {
  const value = readAnswer(question.type, stored).value
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v
  if (isRecordType(question.type)) {
    const type = question.type
    const fields = RECORD_FIELDS[type]
    return filledRows(value).map((row) =>
      fields
        .filter((f) => (row[f.key] ?? '').trim())
        .map((f) => {
          const cell = row[f.key] ?? ''
          return `${words.field(type, f.key)}: ${f.kind === 'select' ? words.level(cell) : cell.trim()}`
        })
        .join('; '),
    )
  }
  if (question.type === 'value-compass') {
    return filledRatings(value).map(([id, r]) =>
      [`${words.valueTitle(id)}: ${words.rating(r.rating)}`, r.justification.trim()]
        .filter(Boolean)
        .join(' – '),
    )
  }
  if (Array.isArray(value)) return value.filter((v) => String(v).trim()).map((v) => label(String(v)).trim())
  if (question.type === 'single-choice') return [label(String(value))]
  return String(value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
}
