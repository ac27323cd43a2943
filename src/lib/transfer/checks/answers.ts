/**
 * What a stored wizard answer may look like, by the type of its question in the handbook. An
 * answer to a question the handbook does not (or no longer) ask is kept as plain JSON within the
 * size of a long text, so a backup from an older handbook still imports.
 */
import * as z from 'zod/mini'
import type { QuestionType } from '@/content/codes'
import { COMPASS_MAX, RECORD_FIELDS, isRecordType, type RecordField, type RecordType } from '@/lib/answers'
import { LIST_LIMITS, TEXT_LIMITS } from '@/model'
import { dateOrEmpty, id, line, long, rule, whole } from './fields'

/** The question types of the handbook by question id, as the import checks answers against them. */
export type QuestionTypes = ReadonlyMap<string, QuestionType>

const items = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max))

function cell(field: RecordField) {
  if (field.kind === 'date') return dateOrEmpty
  if (field.kind === 'select') return z.enum(['', ...(field.options ?? [])] as [string, ...string[]])
  return line
}

const compassRating = z.object({
  rating: z.nullable(whole(0, COMPASS_MAX)),
  justification: z._default(long, ''),
})

const SHAPES: Record<Exclude<QuestionType, RecordType>, z.ZodMiniType> = {
  'short-text': line,
  'long-text': long,
  date: dateOrEmpty,
  'single-choice': z.union([z.literal(''), id]),
  'multiple-choice': items(id, LIST_LIMITS.choices),
  checklist: items(id, LIST_LIMITS.choices),
  list: items(line, LIST_LIMITS.answerItems),
  'value-compass': z.record(id, compassRating).check(
    rule((v: object) => Object.keys(v).length <= LIST_LIMITS.compassValues, 'too-many', {
      min: 0,
      max: LIST_LIMITS.compassValues,
    }),
  ),
}

/** Any answer whose question is unknown: plain JSON (checked before) no bigger than a long text. */
const unknownAnswer = z.unknown().check(
  rule((v: unknown) => v !== undefined && JSON.stringify(v).length <= TEXT_LIMITS.long, 'too-long', {
    min: 0,
    max: TEXT_LIMITS.long,
  }),
)

const shapes = new Map<QuestionType, z.ZodMiniType>()
/** The schema of an answer to a question of this type. */
export function answerShape(type: QuestionType | undefined): z.ZodMiniType {
  if (!type) return unknownAnswer
  let shape = shapes.get(type)
  if (!shape) {
    shape = isRecordType(type)
      ? items(
          z.object(Object.fromEntries(RECORD_FIELDS[type].map((f) => [f.key, z._default(cell(f), '')]))),
          LIST_LIMITS.answerItems,
        )
      : SHAPES[type]
    shapes.set(type, shape)
  }
  return shape
}
