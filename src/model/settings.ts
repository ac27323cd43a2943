/**
 * Every setting the app keeps on this device, with its default: the one list of keys, read and
 * written through `useSetting(key)`. A stored value of the wrong type (an old version, a hand-edited
 * database) reads as the default instead of reaching a view.
 */
export const SETTING_DEFAULTS = {
  /** The team this device is working as; null means the most recently edited one. */
  currentTeamId: null as string | null,
  /** When the last export was saved or copied (ISO time), for the backup reminder. */
  lastBackupAt: null as string | null,
  /** When the browser was asked to keep this site's storage (ISO time); asked once. */
  storagePersistAskedAt: null as string | null,
  /** Whether live mode plays a soft chime at the end of an agenda item. */
  workshopSound: false as boolean,
  /**
   * The teams this device shares through a sync server, by team id (src/sync/settings.ts). One
   * key for all of them, because the settings table is read by key and teams are never listed all
   * at once. Never exported: the secret opens the team's documents on the server.
   */
  'sync.teams': {} as Record<string, TeamSyncSetting>,
  /** The name this device shows to the other devices of a shared team; null until given. */
  'sync.name': null as string | null,
}

/** How this device reaches a shared team's documents. */
export interface TeamSyncSetting {
  /** `ws://…` or `wss://…`. */
  server: string
  /** The team's secret (the provider's token). */
  secret: string
  /** When this device shared or joined the team (ISO time). */
  sharedAt: string
}

export type SettingKey = keyof typeof SETTING_DEFAULTS
export type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K]

/** The stored value if it has the type of the default (text or null for text settings), else the default. */
export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const fallback = SETTING_DEFAULTS[key]
  if (stored === undefined) return fallback
  if (fallback === null)
    return (typeof stored === 'string' || stored === null ? stored : null) as SettingValue<K>
  return (typeof stored === typeof fallback ? stored : fallback) as SettingValue<K>
}
