/**
 * Checks a document of the current format version against its schema (`./schema`) and for
 * consistency. A refusal names the record, the field and what was expected.
 */
import * as z from 'zod/mini'
import { ImportError } from './errors'
import type { ExportDocument } from './format'
import { checkConsistency } from './checks/consistency'
import { issueError } from './checks/issues'
import { ANY_HANDBOOK, checkDocumentNames, documentSchema, type HandbookFacts } from './checks/v3'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32

type Rec = Record<string, unknown>

export const isObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Rejects prototype keys and absurd nesting anywhere, before any field is read. */
export function checkPlainJson(value: unknown, path = '', depth = 0): void {
  if (depth > MAX_DEPTH) throw new ImportError('invalid-field', path, 'too-deep')
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkPlainJson(item, `${path}[${i}]`, depth + 1))
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError('invalid-field', child, 'forbidden-key')
      checkPlainJson(value[key], child, depth + 1)
    }
  }
}

/** The file as read, before the checks, of each checked file with documents (see `rawOf`). */
const raws = new WeakMap<ExportDocument, Rec>()

/**
 * The file as it was read, for a checked file that carries documents: their content is checked
 * against its records as written (src/db/document-check.ts), which the schema may have completed.
 */
export const rawOf = (doc: ExportDocument): Rec | undefined => raws.get(doc)

/**
 * Checks a document of the current format version; returns it with only the fields the app knows
 * (and the defaults of fields older versions lacked), or throws an ImportError for the first problem.
 */
export function validateCurrent(doc: Rec, handbook: HandbookFacts = ANY_HANDBOOK): ExportDocument {
  const result = z.safeParse(documentSchema(handbook), doc)
  if (!result.success) throw issueError(doc, result.error.issues[0] as z.core.$ZodIssue)
  const valid = result.data as unknown as ExportDocument
  checkConsistency(valid, doc)
  checkDocumentNames(valid, doc)
  if (valid.documents) raws.set(valid, doc)
  return valid
}
