/**
 * Stored answers read into the shape their question type expects. A stored value may come from an
 * old version or an imported file and hold anything ([null], a number where text belongs, a level
 * nobody offers), so the form fields and the description read answers only through `readAnswer`:
 * what fits is kept, what does not is left out, and `invalid` tells the view to show its marker.
 * Pure: no Vue, no storage.
 */
import type { QuestionType } from '@/content/codes'
import {
  COMPASS_MAX,
  emptyAnswer,
  isRecordOption,
  isRecordType,
  RECORD_FIELDS,
  type CompassAnswer,
  type CompassRating,
  type RecordRow,
  type RecordType,
} from './answers'
import { parseDay } from './safe-format'

/** A stored value in the expected shape; `invalid` when parts of it had to be left out. */
export interface CheckedAnswer<T = unknown> {
  value: T
  invalid: boolean
}

const ok = <T>(value: T): CheckedAnswer<T> => ({ value, invalid: false })
const bad = <T>(value: T): CheckedAnswer<T> => ({ value, invalid: true })
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Text answers (short, long, single choice): a string, nothing else. */
export function readText(stored: unknown): CheckedAnswer<string> {
  if (stored === undefined || stored === null) return ok('')
  return typeof stored === 'string' ? ok(stored) : bad('')
}

/** A date answer: empty or a real "YYYY-MM-DD" day, which is what <input type="date"> shows. */
export function readDate(stored: unknown): CheckedAnswer<string> {
  const text = readText(stored)
  if (text.invalid || text.value === '' || parseDay(text.value)) return text
  return bad('')
}

/** Lists, multiple choices and checklists: the strings of an array. */
export function readStrings(stored: unknown): CheckedAnswer<string[]> {
  if (stored === undefined || stored === null) return ok([])
  if (!Array.isArray(stored)) return bad([])
  // A loop, not filter(): lists may hold 100,000 items and this runs on every render.
  const value: string[] = []
  for (const item of stored) if (typeof item === 'string') value.push(item)
  return value.length === stored.length ? ok(value) : bad(value)
}

/** One cell of a table answer: text as stored, a date only when real, a level only when offered. */
function readCell(kind: 'text' | 'date' | 'select', stored: unknown): CheckedAnswer<string> {
  if (stored === undefined || stored === null || stored === '') return ok('')
  if (typeof stored !== 'string') return bad('')
  if (kind === 'select' && !isRecordOption(stored)) return bad('')
  if (kind === 'date' && !parseDay(stored)) return bad('')
  return ok(stored)
}

/** Table answers (people, risks …): rows that are objects, each cell checked against its column. */
export function readRecords(type: RecordType, stored: unknown): CheckedAnswer<RecordRow[]> {
  if (stored === undefined || stored === null) return ok([])
  if (!Array.isArray(stored)) return bad([])
  let invalid = false
  const rows: RecordRow[] = []
  for (const row of stored) {
    if (!isPlainObject(row)) {
      invalid = true
      continue
    }
    const cells: RecordRow = {}
    for (const field of RECORD_FIELDS[type]) {
      const cell = readCell(field.kind, row[field.key])
      invalid ||= cell.invalid
      cells[field.key] = cell.value
    }
    rows.push(cells)
  }
  return { value: rows, invalid }
}

/** The value compass: per value a rating 0–3 or null and a justification text. */
export function readCompass(stored: unknown): CheckedAnswer<CompassAnswer> {
  if (stored === undefined || stored === null) return ok({})
  if (!isPlainObject(stored)) return bad({})
  let invalid = false
  const answer: CompassAnswer = {}
  for (const [id, entry] of Object.entries(stored)) {
    if (!isPlainObject(entry)) {
      invalid = true
      continue
    }
    const { rating, justification } = entry
    const goodRating =
      typeof rating === 'number' && Number.isInteger(rating) && rating >= 0 && rating <= COMPASS_MAX
    const goodText = typeof justification === 'string'
    invalid ||= !(goodRating || rating === null || rating === undefined)
    invalid ||= !(goodText || justification === null || justification === undefined)
    const read: CompassRating = {
      rating: goodRating ? rating : null,
      justification: goodText ? justification : '',
    }
    answer[id] = read
  }
  return { value: answer, invalid }
}

/** Any stored answer in the shape of its question type. */
export function readAnswer(type: QuestionType, stored: unknown): CheckedAnswer {
  if (isRecordType(type)) return readRecords(type, stored)
  switch (type) {
    case 'value-compass':
      return readCompass(stored)
    case 'date':
      return readDate(stored)
    case 'short-text':
    case 'long-text':
    case 'single-choice':
      return readText(stored)
    case 'list':
    case 'multiple-choice':
    case 'checklist':
      return readStrings(stored)
    default:
      return ok(emptyAnswer(type))
  }
}
