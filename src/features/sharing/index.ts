/**
 * What team sharing offers the rest of the app: the team screen's sharing section (loaded with
 * the team) and the header's sync state of a shared team (the team switcher loads it).
 */
export { JOIN_PATH } from './routes'
export const loadTeamSharing = () => import('./components/TeamSharing.vue')
export const loadSyncStatus = () => import('./components/SyncStatus.vue')

/**
 * Connects every team this device shares. The team switcher calls it once it knows of a shared
 * team, on any page: work done elsewhere arrives, and waiting changes go out. A device that shares
 * nothing never loads the sync client.
 */
export const startSharedTeams = () =>
  import('@/sync').then((sync) => sync.startSharedTeams()).catch(() => undefined)
