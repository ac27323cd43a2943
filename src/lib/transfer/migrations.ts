/**
 * Upgrades of older export documents, one function per released format version: `migrations[n]`
 * turns a version-n document into version n + 1. Append only; a released step is never edited.
 * A step runs before any check, so it touches only what has the expected shape and leaves the rest
 * for the checks to refuse.
 */
import { migrateLogbook } from '@/lib/logbook-legacy'

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const migrations: Record<number, Migration> = {
  // 1 → 2 (issue #17): automatic logbook entries become events, every entry gets its phase, the same
  // way the database upgrade to schema version 4 converts them.
  1: (doc) => {
    const data = doc.data
    if (!isObject(data) || !Array.isArray(data.logbook)) return doc
    const projects = Array.isArray(data.projects) ? data.projects : []
    return { ...doc, data: { ...data, logbook: migrateLogbook(data.logbook, projects) } }
  },
  // 2 → 3 (issue #21): format 3 adds the documents; a file without them is imported from its rows.
  2: (doc) => doc,
}

/** Applies every step from `doc.formatVersion` up to `target`. */
export function migrate(
  doc: Record<string, unknown>,
  target: number,
  steps: Record<number, Migration> = migrations,
): Record<string, unknown> {
  let current = doc
  for (let version = current.formatVersion as number; version < target; version++) {
    const step = steps[version]
    if (!step) throw new Error(`No migration from export format ${version}`)
    current = { ...step(current), formatVersion: version + 1 }
  }
  return current
}
