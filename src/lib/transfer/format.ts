/**
 * The export format of Handbuch interaktiv: one JSON document with a team or a project and
 * everything that belongs to it. Released format versions are never changed; a new version adds a
 * migration in `migrations.ts`, so files written by every earlier app version stay importable.
 */
import { TEAM_TABLES, type TeamData, type TeamTableName } from '@/model'

/** Marks a document as ours, so a random JSON file is told apart from an export. */
export const FORMAT_ID = 'handbuch-interaktiv-export'
/** The format version this app writes. Bump it only together with a migration. */
export const FORMAT_VERSION = 3
/**
 * Files and pasted texts above this size are refused before they are read. Format 3 carries every
 * text twice (in its record and in its document), so a team of about 20 MB of text exports to
 * some 48 MB: the limit leaves such a team room to grow and still come back from its backup.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

export type ExportScope = 'team' | 'project'

/** Every table that belongs to a team (see `@/model/team-tables`), in the order they are written and checked. */
export type ExportData = TeamData
export const EXPORT_TABLES: readonly TeamTableName[] = TEAM_TABLES.map((t) => t.name)
export type ExportTable = TeamTableName

export interface ExportDocument {
  format: typeof FORMAT_ID
  formatVersion: number
  appVersion: string
  exportedAt: string
  scope: ExportScope
  /** The id of the exported team or project. */
  rootId: string
  data: ExportData
  /**
   * Format 3 (issue #21): the Yjs state of each document of the export (`Y.encodeStateAsUpdate`,
   * base64), keyed by the document's name (`team/<id>`, `team/<id>/project/<id>`). A team export
   * carries its team document and one per project; a project export only its project document (its
   * team document holds the team's other projects too). The rows in `data` say the same, so the
   * file stays readable and checkable; an import checks that both agree. Files of formats 1 and 2
   * have none: they are imported from their rows, as before.
   */
  documents?: Record<string, string>
}

export function createExport(
  scope: ExportScope,
  rootId: string,
  data: ExportData,
  appVersion: string,
  exportedAt = new Date().toISOString(),
  documents?: Record<string, string>,
): ExportDocument {
  const doc: ExportDocument = {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    appVersion,
    exportedAt,
    scope,
    rootId,
    data,
  }
  if (documents) doc.documents = documents
  return doc
}

/** A file name such as `team-waermeschutz-2026-11-27.json`, safe on every file system. */
export function exportFileName(scope: ExportScope, name: string, exportedAt: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || scope
  return `${scope === 'team' ? 'team' : 'projekt'}-${slug}-${exportedAt.slice(0, 10)}.json`
}
