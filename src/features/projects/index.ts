/**
 * What the projects feature offers the rest of the app: the team and project
 * composables other features build on, and the header's team switcher (loaded on demand).
 */
export { useTeams } from './composables/useTeams'
export { useTeamProjects } from './composables/useTeamProjects'
export const loadTeamSwitcher = () => import('./components/TeamSwitcher.vue')
