import { i18n, t } from '@/app/i18n'
import type { ExportTable, ImportErrorCode, FieldProblem, ProblemDetail, RecordRef } from '@/lib/transfer'

/** Why an import failed, as the data page shows it. */
export interface ImportFailure {
  code: ImportErrorCode | 'storage' | 'unknown' | 'changed-meanwhile'
  problem: FieldProblem | null
  detail: ProblemDetail
  record: RecordRef | null
  field: string
}

const number = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString(i18n.global.locale.value))

/** Where the invalid value is: "Projekt 3 („Baumkataster“), Feld „title“", or just the field. */
function where(f: ImportFailure): string {
  const record = f.record
  if (!record) return t('data.import.where.field', { field: f.field })
  // The space before the label is added here: a message text does not keep leading spaces.
  const label = record.label ? ` ${t('data.import.where.label', { label: record.label })}` : ''
  const kind = t(`data.import.record.${record.table as ExportTable}`)
  const args = { kind, number: String(record.index + 1), label, field: f.field }
  return t(f.field ? 'data.import.where.recordField' : 'data.import.where.record', args)
}

/** The sentence for a failed import, naming record, field and what was expected. */
export function importErrorText(f: ImportFailure): string {
  if (f.code !== 'invalid-field' || !f.problem) return t(`data.import.errors.${f.code}`)
  const problem = t(`data.import.problems.${f.problem}`, {
    min: number(f.detail.min),
    max: number(f.detail.max),
  })
  return t('data.import.errors.invalid-field', { where: where(f), problem })
}
