/**
 * The project description as one document model: a cover, the sections of the template with their
 * answers as paragraphs, lists and tables, and how complete each section is. The page, the Markdown,
 * the plain text and the Word file are all written from this model, so they can never tell different
 * stories. Pure: the caller passes the words of the reader's language and the day to print.
 */
import type { DescriptionTemplate, Phase, Question, Step } from '@/content/schema'
import { filledRatings, filledRows, isRecordType, RECORD_FIELDS, type CompassAnswer } from './answers'
import { readAnswer, readCompass } from './answer-shapes'
import { assembleDescription, type AnswerWords } from './description'
import { formatDay } from './safe-format'

/** A table with a header row; the first column names the row (a `<th scope="row">` on the page). */
export interface DocumentTable {
  kind: 'table'
  columns: string[]
  rows: string[][]
}
export type DocumentBlock =
  /** Paragraphs of running text; a paragraph may hold single line breaks the author typed. */
  { kind: 'paragraphs'; paragraphs: string[] } | { kind: 'list'; items: string[] } | DocumentTable

export interface DocumentEntry {
  questionId: string
  /** What the question asked, shown as the entry's heading. */
  heading: string
  /** The question type, for views that show more than the blocks (the compass chart). */
  type: Question['type']
  blocks: DocumentBlock[]
  /** Parts of the stored answer could not be read; the view marks the answer. */
  invalid: boolean
  /** The value compass's ratings, for the page's chart; absent for other questions. */
  compass?: CompassAnswer
}

export interface DocumentOpenQuestion {
  questionId: string
  label: string
  stepId: string
  stepTitle: string
}

export interface DocumentSection {
  id: string
  title: string
  description: string
  entries: DocumentEntry[]
  open: DocumentOpenQuestion[]
  /** Questions of this section with an answer, and all questions feeding it. */
  answered: number
  total: number
  /** Every question feeding it is answered (a section nothing feeds is never complete). */
  complete: boolean
}

export interface DocumentCover {
  /** The kind of document, e.g. "Maßnahmenbeschreibung". */
  kind: string
  title: string
  summary: string
  /** Already worded lines: "Team: Stadtgrün", "Phase 2: Exploration", "Stand: 30. November 2026". */
  facts: string[]
}

export interface DescriptionDocumentModel {
  cover: DocumentCover
  sections: DocumentSection[]
  /** Sections whose questions are all answered, of all sections. */
  completeSections: number
  totalSections: number
}

/** Words the document needs beyond those of the answers, in the reader's language. */
export interface DocumentWords extends AnswerWords {
  /** The template's title, or the generic one when the handbook has none. */
  kind: string
  team: (name: string) => string
  phase: (n: number, title: string) => string
  date: (formatted: string) => string
}

export interface DescriptionInput {
  project: { title: string; description: string; phase: number }
  team: { name: string } | null
  handbook: {
    descriptionTemplate: Pick<DescriptionTemplate, 'sections'> | null
    steps: readonly Step[]
    phases: readonly Pick<Phase, 'number' | 'title'>[]
  }
  answers: Readonly<Record<string, unknown>>
  /** The reader's language, a BCP 47 tag: dates are written the way it writes them. */
  locale: string
  /** The day the document is made. */
  today: Date
  words: DocumentWords
}

const optionLabel = (question: Question, value: string) =>
  question.options?.find((o) => o.value === value)?.label ?? value

/** Text typed with blank lines between paragraphs, as paragraphs; single line breaks are kept. */
const toParagraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/[ \t]+$/gm, '').trim())
    .filter(Boolean)

/**
 * An answer as blocks: running text as paragraphs, choices and lists as a list, every table-like
 * answer (people, stakeholders, indicators, milestones, risks, the value compass) as a table.
 * Columns nobody filled are left out; days are written in the reader's language.
 */
export function answerBlocks(
  question: Question,
  stored: unknown,
  words: AnswerWords,
  locale: string,
): DocumentBlock[] {
  const value = readAnswer(question.type, stored).value
  if (isRecordType(question.type)) {
    const type = question.type
    const rows = filledRows(value)
    const fields = RECORD_FIELDS[type].filter((f) => rows.some((row) => (row[f.key] ?? '').trim()))
    if (!rows.length) return []
    const cell = (kind: string, text: string) => {
      const trimmed = text.trim()
      if (!trimmed) return ''
      if (kind === 'select') return words.level(trimmed)
      if (kind === 'date') return formatDay(trimmed, locale) ?? trimmed
      return trimmed
    }
    return [
      {
        kind: 'table',
        columns: fields.map((f) => words.field(type, f.key)),
        rows: rows.map((row) => fields.map((f) => cell(f.kind, row[f.key] ?? ''))),
      },
    ]
  }
  if (question.type === 'value-compass') {
    const ratings = filledRatings(value)
    return ratings.length ? [compassTable(ratings, words)] : []
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => optionLabel(question, String(v)).trim()).filter(Boolean)
    return items.length ? [{ kind: 'list', items }] : []
  }
  const text = String(value ?? '')
  if (question.type === 'single-choice')
    return text ? [{ kind: 'paragraphs', paragraphs: [optionLabel(question, text)] }] : []
  if (question.type === 'date') {
    return text
      ? [{ kind: 'paragraphs', paragraphs: [formatDay(text, locale, { dateStyle: 'long' }) ?? text] }]
      : []
  }
  const paragraphs = toParagraphs(text)
  return paragraphs.length ? [{ kind: 'paragraphs', paragraphs }] : []
}

function compassTable(ratings: ReturnType<typeof filledRatings>, words: AnswerWords): DocumentTable {
  const { value, rating, justification } = words.compassColumns
  return {
    kind: 'table',
    columns: [value, rating, justification],
    rows: ratings.map(([id, r]) => [words.valueTitle(id), words.rating(r.rating), r.justification.trim()]),
  }
}

/** One answered question as the document shows it, on the description page and on the sample's. */
export function documentEntry(
  question: Question,
  stored: unknown,
  words: AnswerWords,
  locale: string,
): DocumentEntry {
  return {
    questionId: question.id,
    heading: question.label,
    type: question.type,
    blocks: answerBlocks(question, stored, words, locale),
    invalid: readAnswer(question.type, stored).invalid,
    ...(question.type === 'value-compass' ? { compass: readCompass(stored).value } : {}),
  }
}

/** The whole description: cover, sections in template order, answers in wizard order. */
export function buildDescriptionDocument(input: DescriptionInput): DescriptionDocumentModel {
  const { project, team, handbook, answers, locale, today, words } = input
  const assembled = handbook.descriptionTemplate
    ? assembleDescription(handbook.descriptionTemplate, handbook.steps, answers)
    : []
  const sections = assembled.map((section): DocumentSection => {
    const entries = section.entries.map(({ question }) =>
      documentEntry(question, answers[question.id], words, locale),
    )
    const open = section.open.map(({ question, step }) => ({
      questionId: question.id,
      label: question.label,
      stepId: step.id,
      stepTitle: step.title,
    }))
    const total = entries.length + open.length
    return {
      id: section.id,
      title: section.title,
      description: section.description,
      entries,
      open,
      answered: entries.length,
      total,
      complete: total > 0 && open.length === 0,
    }
  })
  const phase = handbook.phases.find((p) => p.number === project.phase)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today)
  return {
    cover: {
      kind: words.kind,
      title: project.title,
      summary: project.description.trim(),
      facts: [
        ...(team ? [words.team(team.name)] : []),
        ...(phase ? [words.phase(phase.number, phase.title)] : []),
        words.date(date),
      ],
    },
    sections,
    completeSections: sections.filter((s) => s.complete).length,
    totalSections: sections.length,
  }
}
