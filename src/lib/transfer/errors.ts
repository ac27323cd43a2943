/** Why an import was refused. Each code has a plain-words message in the data feature's texts. */
export type ImportErrorCode = 'not-export' | 'newer-format' | 'damaged' | 'too-large' | 'invalid-field'

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
