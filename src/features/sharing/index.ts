/**
 * What team sharing offers the rest of the app: the team screen's sharing section, loaded with
 * the team (it brings the sync client along). The header loads the sync state itself (AppHeader).
 */
export const loadTeamSharing = () => import('./components/TeamSharing.vue')
