/**
 * What team sharing offers the rest of the app: the team screen's sharing section (loaded with
 * the team) and the header's sync state of a shared team (the team switcher loads it).
 */
export const loadTeamSharing = () => import('./components/TeamSharing.vue')
export const loadSyncStatus = () => import('./components/SyncStatus.vue')
