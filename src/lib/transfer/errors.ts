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

/** What exactly is wrong with an invalid field, shown next to its path. */
export type FieldProblem =
  | 'missing'
  | 'not-text'
  | 'not-number'
  | 'not-boolean'
  | 'not-list'
  | 'not-object'
  | 'not-allowed'
  | 'too-long'
  | 'too-deep'
  | 'forbidden-key'
  | 'duplicate'
  | 'unknown-reference'

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Where in the document, such as `data.projects[2].title`; only for invalid fields. */
    readonly path = '',
    readonly problem: FieldProblem | null = null,
  ) {
    super(path ? `${code}: ${path} (${problem})` : code)
    this.name = 'ImportError'
  }
}
