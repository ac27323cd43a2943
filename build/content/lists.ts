import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import matter from 'gray-matter'
import type { z } from 'zod'
import { synonymsSchema, termListSchema, type TermList } from '../../src/content/schema.ts'
import { describeIssue, zodErrors, type ContentError } from './errors.ts'

/**
 * The lists that hold for the whole handbook rather than for one document: the term list and the
 * search synonyms. Each is one Markdown file in handbook-content/ whose front matter is the list.
 */
function readList<T>(
  root: string,
  name: string,
  schema: z.ZodType<T>,
  displayBase: string,
): { data: T | null; errors: ContentError[] } {
  const path = join(root, name)
  const file = relative(displayBase, path) || path
  if (!existsSync(path)) return { data: null, errors: [] }
  let parsed: Record<string, unknown>
  try {
    parsed = matter(readFileSync(path, 'utf8'), {}).data
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return {
      data: null,
      errors: [{ file, field: 'front matter', message: `the YAML could not be read: ${reason}` }],
    }
  }
  const result = schema.safeParse(parsed, { error: describeIssue, reportInput: true })
  if (!result.success) return { data: null, errors: zodErrors(file, result.error) }
  return { data: result.data, errors: [] }
}

export const TERM_LIST_FILE = 'terms.md'
export const SYNONYMS_FILE = 'synonyms.md'

export const readTermList = (root: string, displayBase = root) =>
  readList<TermList>(root, TERM_LIST_FILE, termListSchema, displayBase)

export const readSynonyms = (root: string, displayBase = root) =>
  readList(root, SYNONYMS_FILE, synonymsSchema, displayBase)
