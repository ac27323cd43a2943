import type { z } from 'zod'

/** One problem in one content file, in words an editor understands. */
export interface ContentError {
  /** Path relative to the repository, e.g. handbook-content/de/methods/akteure-kartieren.md */
  file: string
  /** The front-matter field (e.g. `steps[2].minutes`, counted from 1), or `body`. */
  field: string
  message: string
  /** A warning is shown but does not fail the check (e.g. a wording the term list asks to avoid). */
  warning?: true
}

export function formatError(e: ContentError): string {
  return `${e.warning ? 'warning: ' : ''}${e.file} › ${e.field}: ${e.message}`
}

/** `['steps', 1, 'minutes']` → `steps[2].minutes`: editors count list items from 1. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(front matter)'
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing'
  if (input === null) return 'an empty value'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return `the text "${input}"`
  if (typeof input === 'object') return 'a group of fields'
  return `${typeof input} ${String(input)}`
}

/**
 * Zod's messages are written for developers ("Invalid input: expected number, received string");
 * these are written for the people who edit the handbook.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing; this field is required'
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, but found ${describeValue(issue.input)}`
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}; found ${describeValue(issue.input)}`
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty'
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} entries`
      return `must be at least ${String(issue.minimum)}; found ${describeValue(issue.input)}`
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${String(issue.maximum)} entries`
      return `must be at most ${String(issue.maximum)}; found ${describeValue(issue.input)}`
    case 'invalid_format':
      return `expected an id in lower case with hyphens (like akteure-kartieren); found ${describeValue(issue.input)}`
    case 'invalid_key':
      return 'expected an id in lower case with hyphens (like akteure-kartieren)'
    default:
      return issue.message ?? 'is not valid'
  }
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

/**
 * Turns a failed zod parse into content errors, one per field. A misspelt field name is one mistake:
 * when an unknown field is close to a required field that is missing beside it, the two are reported
 * as one error that names the right spelling.
 */
export function zodErrors(file: string, error: z.ZodError): ContentError[] {
  const missing = error.issues.filter(
    (issue) => issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined,
  )
  /** The missing field beside `path` whose name is close to `key`. */
  const meant = (path: readonly PropertyKey[], key: string) =>
    missing.find((issue) => {
      const name = issue.path.at(-1)
      return (
        typeof name === 'string' &&
        fieldPath(issue.path.slice(0, -1)) === fieldPath(path) &&
        editDistance(name, key) <= 2
      )
    })
  const explained = new Set(
    error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => meant(issue.path, key)) : [],
    ),
  )
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const right = meant(issue.path, key)?.path.at(-1)
        return {
          file,
          field: fieldPath([...issue.path, key]),
          message: right
            ? `is not a known field; did you mean "${String(right)}"?`
            : 'is not a known field; check the spelling (the fields are listed in handbook-content/README.md)',
        }
      })
    }
    return explained.has(issue) ? [] : [{ file, field: fieldPath(issue.path), message: issue.message }]
  })
}
