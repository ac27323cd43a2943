/** Why an import was refused. Each code has a plain-words message in the data feature's texts. */
export type ImportErrorCode =
  /** Readable, but not an export of this app. */
  | 'not-export'
  | 'newer-format'
  /** Starts like an export of this app but ends early (a file or text cut off). */
  | 'truncated'
  /** A copy-paste text whose SHA-256 does not match: changed or cut on the way. */
  | 'checksum'
  /** Ours and complete-looking, yet unreadable (JSON broken in the middle, a text that does not unpack). */
  | 'damaged'
  /** A file neither in UTF-8 nor in plain Windows-1252 (binary, or both encodings mixed). */
  | 'encoding'
  | 'too-large'
  | 'invalid-field'
  /** Records on the device changed between the preview and applying it (another tab). */
  | 'changed-meanwhile'

/** What exactly is wrong with an invalid field, shown next to its path. */
export type FieldProblem =
  | 'missing'
  | 'not-text'
  | 'not-number'
  | 'not-boolean'
  | 'not-list'
  | 'not-object'
  | 'not-allowed'
  /** A whole number outside its range (the range is in `detail`). */
  | 'out-of-range'
  /** Not a real day of the calendar ("2026-02-31") or far outside plausible years. */
  | 'not-date'
  | 'not-timestamp'
  | 'not-time'
  | 'empty'
  | 'too-long'
  /** More entries than one export or one value may hold (the limit is in `detail`). */
  | 'too-many'
  | 'too-deep'
  | 'forbidden-key'
  | 'duplicate'
  | 'unknown-reference'
  /** A record a project export carries that does not belong to its one project. */
  | 'not-in-project'
  /** A document's state that is not base64, does not decode as a Yjs update or holds what no document holds. */
  | 'not-document'
  /** A document whose content differs from the records the file carries beside it. */
  | 'not-matching'

/** Which record of the document holds the invalid field, for a message a person can act on. */
export interface RecordRef {
  table: string
  /** Position in its table, counted from 0. */
  index: number
  /** The record's name, title or the start of its text, when it has one. */
  label: string
}

/** Bounds that explain a refusal: the allowed range, the longest text or the most entries. */
export interface ProblemDetail {
  min?: number
  max?: number
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Where in the document, such as `data.projects[2].title`; only for invalid fields. */
    readonly path = '',
    readonly problem: FieldProblem | null = null,
    readonly detail: ProblemDetail = {},
    /** The record that holds the field; null for the document's head. */
    readonly record: RecordRef | null = null,
    /** The field within the record (or the head), such as `title` or `items[2].minutes`. */
    readonly field = path,
  ) {
    super(path ? `${code}: ${path} (${problem})` : code)
    this.name = 'ImportError'
  }
}
