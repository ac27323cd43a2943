/**
 * Format version 3 of the export (issue #21): the records of version 2, checked as in version 2,
 * plus the Yjs state of the exported team's or project's documents, base64 under the document's
 * name. Here: their form, their size and their names; `v3-documents.ts` reads their content (it
 * loads Yjs, so only when a file has documents). Released versions are never changed: a new version
 * gets its own file and a migration in `../migrations.ts`.
 */
import * as z from 'zod/mini'
import { RECORD_LIMITS, TEXT_LIMITS } from '@/model'
import type { ExportDocument } from '../format'
import { isBase64 } from '../base64'
import { rule } from './fields'
import { fieldError } from './issues'
import { documentOf } from './v1'
import { recordSchemas, type HandbookFacts } from './v2'

export { ANY_HANDBOOK, type HandbookFacts } from './v2'

/**
 * The largest state of one document, decoded. A team of 5,000 fully answered projects keeps its
 * answers in the project documents; its team document holds rows of a few hundred bytes each.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
/** The same as base64: four characters for every three bytes. */
const MAX_DOCUMENT_CHARS = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4
/** A team document and one per project. */
export const MAX_DOCUMENTS = 1 + RECORD_LIMITS.projects
/** `team/<id>/project/<id>`. */
const MAX_NAME = 2 * TEXT_LIMITS.id + 'team//project/'.length

const documentState = z.string().check(
  z.maxLength(MAX_DOCUMENT_CHARS),
  rule((s: string) => isBase64(s), 'not-document'),
)

const documents = z.record(z.string().check(z.minLength(1), z.maxLength(MAX_NAME)), documentState).check(
  rule((v: object) => Object.keys(v).length <= MAX_DOCUMENTS, 'too-many', {
    min: 0,
    max: MAX_DOCUMENTS,
  }),
)

/** The whole document of format 3. */
export function documentSchema(handbook: HandbookFacts) {
  return z.extend(documentOf(recordSchemas(handbook), 3), { documents: z.optional(documents) })
}

/** The name of every document a file of this scope carries, from its (checked) records. */
export function expectedDocuments(doc: ExportDocument): Map<string, { teamId: string; projectId?: string }> {
  const teamId = doc.data.teams[0]?.id ?? ''
  const out = new Map<string, { teamId: string; projectId?: string }>()
  if (doc.scope === 'team') out.set(`team/${teamId}`, { teamId })
  for (const project of doc.data.projects)
    out.set(`team/${teamId}/project/${project.id}`, { teamId, projectId: project.id })
  return out
}

/**
 * A file with documents carries exactly those of its team and projects: one of another team (or a
 * project the file's records do not hold) is refused, and so is a file that leaves one out.
 */
export function checkDocumentNames(doc: ExportDocument, raw: unknown): void {
  if (!doc.documents) return
  const expected = expectedDocuments(doc)
  for (const name of Object.keys(doc.documents))
    if (!expected.has(name)) throw fieldError(raw, ['documents', name], 'unknown-reference')
  for (const name of expected.keys())
    if (!(name in doc.documents)) throw fieldError(raw, ['documents', name], 'missing')
}
