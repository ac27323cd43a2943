/**
 * Answers offered again: an earlier answer (or the team's members) broken into pieces, each turned
 * into the shape of the question that offers it, and taken over one at a time. Which types turn into
 * which is `REUSE_SOURCES` (src/content/codes.ts), which the content check holds the handbook to.
 * Pure: no Vue, no storage.
 */
import { REUSE_SOURCES, type QuestionType } from '@/content/codes'
import { readAnswer } from './answer-shapes'
import {
  filledRatings,
  filledRows,
  isRecordType,
  RECORD_FIELDS,
  type RecordRow,
  type RecordType,
} from './answers'

/** One piece of an earlier answer, in the shape the offering question stores, and how it reads. */
export interface Offer {
  /** A string (text, list item, date), a row (tables) or a whole value compass. */
  item: unknown
  /** The piece as text for its button; empty for a value compass, which the view names itself. */
  label: string
}

/** Offers from one place, an earlier step or the team, under the words that name it. */
export interface OfferGroup {
  key: string
  label: string
  offers: Offer[]
  /** For a value compass: the step whose ratings are offered, named on the button. */
  step?: string
}

const blank = (text: unknown) => typeof text !== 'string' || text.trim() === ''
/** How pieces are compared: without regard to case and surrounding spaces. */
const norm = (text: string) => text.trim().toLocaleLowerCase()

/** The first text column of a table type: what names a row (its name, title or risk). */
const nameKey = (type: RecordType) => RECORD_FIELDS[type].find((f) => f.kind === 'text')!.key

/** A row as one line: its name, then its other text cells in brackets ("Kim (Koordination)"). */
function rowText(type: RecordType, row: RecordRow): string {
  const key = nameKey(type)
  const rest = RECORD_FIELDS[type]
    .filter((f) => f.key !== key && f.kind !== 'select')
    .map((f) => row[f.key]?.trim())
    .filter(Boolean)
  const name = row[key]?.trim() ?? ''
  return rest.length ? `${name} (${rest.join(', ')})`.trim() : name
}

/** A row of `type` with only some cells filled, the others empty, as the table stores them. */
function emptyRow(type: RecordType, cells: RecordRow): RecordRow {
  return Object.fromEntries(RECORD_FIELDS[type].map((f) => [f.key, cells[f.key] ?? '']))
}

/** The pieces of an answer: its text, its list items, its filled rows, or the whole compass. */
function pieces(type: QuestionType, stored: unknown): unknown[] {
  const { value } = readAnswer(type, stored)
  if (isRecordType(type)) return filledRows(value)
  if (type === 'value-compass') return filledRatings(value).length ? [value] : []
  if (type === 'list') return (value as string[]).filter((item) => !blank(item))
  if (type === 'short-text' || type === 'long-text' || type === 'date') return blank(value) ? [] : [value]
  return []
}

/** One piece of a `from` answer in the shape of a `to` question, or null when it has none. */
function convert(from: QuestionType, to: QuestionType, piece: unknown): unknown {
  if (from === to) return piece
  const text = isRecordType(from) ? rowText(from, piece as RecordRow) : String(piece)
  if (to === 'short-text' || to === 'long-text' || to === 'list') return text
  if (to === 'people' || to === 'stakeholders') {
    const row = isRecordType(from) ? (piece as RecordRow) : { name: text }
    // A person's role and a stakeholder's group say the same: where someone belongs.
    const belongs = from === 'people' ? row.role : from === 'stakeholders' ? row.group : ''
    return emptyRow(to, { name: row.name ?? text, [to === 'people' ? 'role' : 'group']: belongs ?? '' })
  }
  return null
}

function labelOf(type: QuestionType, item: unknown): string {
  if (isRecordType(type)) return rowText(type, item as RecordRow)
  return typeof item === 'string' ? item : ''
}

/**
 * What the answer of a `from` question offers to a `to` question: one offer per piece, nothing when
 * the types do not fit (the content check prevents that, stored data may still be odd).
 */
export function offersFrom(from: QuestionType, stored: unknown, to: QuestionType): Offer[] {
  if (!REUSE_SOURCES[to].includes(from)) return []
  const offers: Offer[] = []
  // A set, not a search of the offers so far: a stored list may hold 100,000 items.
  const seen = new Set<string>()
  for (const piece of pieces(from, stored)) {
    const item = convert(from, to, piece)
    if (item === null || (typeof item === 'string' && blank(item))) continue
    const key = JSON.stringify(item)
    if (seen.has(key)) continue
    seen.add(key)
    offers.push({ item, label: labelOf(to, item) })
  }
  return offers
}

/** The team's members as people rows: name and the label of their role. */
export const memberOffers = (members: readonly { name: string; role: string }[]): Offer[] =>
  offersFrom(
    'people',
    members.map((m) => ({ name: m.name, role: m.role })),
    'people',
  )

/**
 * A test of whether the current answer already holds an offered piece, so it need not be offered:
 * a list item or a row's name equal but for case and spaces, text contained in the text, a date or
 * a compass once there is one. Built once per answer and then asked per offer, since a list may
 * hold 100,000 items and the offers are checked on every change.
 */
export function takenTest(type: QuestionType, stored: unknown): (item: unknown) => boolean {
  const { value } = readAnswer(type, stored)
  if (type === 'list') {
    const items = new Set((value as string[]).map(norm))
    return (item) => items.has(norm(String(item)))
  }
  if (type === 'short-text' || type === 'long-text') {
    const text = norm(value as string)
    return (item) => text.includes(norm(String(item)))
  }
  if (type === 'date') {
    const filled = !blank(value)
    return () => filled
  }
  if (type === 'value-compass') {
    const rated = filledRatings(value).length > 0
    return () => rated
  }
  if (isRecordType(type)) {
    const key = nameKey(type)
    const names = new Set(filledRows(value).map((row) => norm(row[key] ?? '')))
    return (item) => names.has(norm((item as RecordRow)[key] ?? ''))
  }
  return () => false
}

export const isTaken = (type: QuestionType, stored: unknown, item: unknown): boolean =>
  takenTest(type, stored)(item)

/**
 * The answer with an offered piece taken over. It fills the first empty list item or table row (one
 * the team added and left empty), else goes at the end; text is added on a new line (long text) or
 * after a semicolon (short text). Nothing the team typed is replaced.
 */
export function takeOver(type: QuestionType, stored: unknown, item: unknown): unknown {
  const { value } = readAnswer(type, stored)
  if (type === 'short-text' || type === 'long-text') {
    const text = value as string
    if (blank(text)) return item
    return type === 'long-text' ? `${text.trimEnd()}\n${String(item)}` : `${text.trimEnd()}; ${String(item)}`
  }
  if (type === 'date') return item
  // Offered only while nothing is rated (see isTaken), so the whole compass is taken over.
  if (type === 'value-compass') return item
  if (type === 'list' || isRecordType(type)) {
    const list = value as unknown[]
    const empty = list.findIndex((entry) =>
      type === 'list' ? blank(entry) : filledRows([entry]).length === 0,
    )
    return empty < 0 ? [...list, item] : list.map((entry, i) => (i === empty ? item : entry))
  }
  return value
}
