/**
 * Upgrades of older export documents, one function per released format version: `migrations[n]`
 * turns a version-n document into version n + 1. Append only; a released step is never edited.
 * Version 1 is the first released format, so there is nothing to migrate yet.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

export const migrations: Record<number, Migration> = {}

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
