/**
 * The shapes of wizard answers, one per question type, and how to tell an answered question from an
 * empty one. Pure: no Vue, no storage.
 */
import type { QuestionType } from '@/content/schema'

export type RecordType = 'people' | 'stakeholders' | 'indicators' | 'milestones' | 'risks'
export type RecordRow = Record<string, string>

const LEVELS = ['low', 'medium', 'high'] as const
const INDICATOR_KINDS = ['output', 'outcome', 'process'] as const
/** Every value a select column offers; each has a UI text. */
export type RecordOption = (typeof LEVELS)[number] | (typeof INDICATOR_KINDS)[number]
const RECORD_OPTIONS: readonly string[] = [...LEVELS, ...INDICATOR_KINDS]
/** Whether a stored value is one of the offered options (stored data may hold anything). */
export const isRecordOption = (value: string): value is RecordOption => RECORD_OPTIONS.includes(value)

export interface RecordField {
  key: string
  kind: 'text' | 'date' | 'select'
  options?: readonly RecordOption[]
}

/** The columns of each table-like question type, in the order they are asked and printed. */
const FIELDS = {
  people: [
    { key: 'name', kind: 'text' },
    { key: 'role', kind: 'text' },
  ],
  stakeholders: [
    { key: 'name', kind: 'text' },
    { key: 'group', kind: 'text' },
    { key: 'interest', kind: 'text' },
    { key: 'influence', kind: 'select', options: LEVELS },
    { key: 'involvement', kind: 'text' },
  ],
  indicators: [
    { key: 'name', kind: 'text' },
    { key: 'kind', kind: 'select', options: INDICATOR_KINDS },
    { key: 'baseline', kind: 'text' },
    { key: 'target', kind: 'text' },
    { key: 'source', kind: 'text' },
  ],
  milestones: [
    { key: 'date', kind: 'date' },
    { key: 'title', kind: 'text' },
  ],
  risks: [
    { key: 'risk', kind: 'text' },
    { key: 'likelihood', kind: 'select', options: LEVELS },
    { key: 'impact', kind: 'select', options: LEVELS },
    { key: 'response', kind: 'text' },
  ],
} as const satisfies Record<RecordType, readonly RecordField[]>
export const RECORD_FIELDS: Record<RecordType, readonly RecordField[]> = FIELDS

/** Each column as 'type.key', e.g. 'risks.likelihood': the UI texts are typed against this list. */
export type RecordFieldPath = {
  [T in RecordType]: `${T}.${(typeof FIELDS)[T][number]['key']}`
}[RecordType]

export const isRecordType = (type: QuestionType): type is RecordType => type in RECORD_FIELDS

/** One value of the value compass: relevance 0–3 (null: not rated yet) and a justification. */
export interface CompassRating {
  rating: number | null
  justification: string
}
export type CompassAnswer = Record<string, CompassRating>

export const COMPASS_MAX = 3

/** The empty answer of a question type, used before anything was stored. */
export function emptyAnswer(type: QuestionType): unknown {
  switch (type) {
    case 'short-text':
    case 'long-text':
    case 'single-choice':
    case 'date':
      return ''
    case 'value-compass':
      return {}
    default:
      return []
  }
}

const filled = (text: unknown): boolean => typeof text === 'string' && text.trim() !== ''

/** Rows of a table question with at least one filled cell. */
export function filledRows(value: unknown): RecordRow[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (row): row is RecordRow => typeof row === 'object' && row !== null && Object.values(row).some(filled),
  )
}

/** Ratings of the value compass that carry a rating or a justification. */
export function filledRatings(value: unknown): [string, CompassRating][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  return Object.entries(value as CompassAnswer).filter(
    ([, r]) => r && (typeof r.rating === 'number' || filled(r.justification)),
  )
}

/** Whether an answer holds anything a reader would see; whitespace and empty rows do not count. */
export function isAnswered(type: QuestionType, value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (isRecordType(type)) return filledRows(value).length > 0
  if (type === 'value-compass') return filledRatings(value).length > 0
  if (Array.isArray(value)) return value.some(filled)
  return filled(value)
}
