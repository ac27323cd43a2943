/**
 * The app's data as plain TypeScript: the records a team keeps, the registry of its tables and the
 * settings with their defaults. No Vue, no Dexie: the storage layer, the export format and the
 * features all build on these.
 */
export type * from './records'
export * from './team-tables'
export * from './settings'
export * from './workshops'
export * from './limits'
