/**
 * What the projects feature offers the rest of the app: the team and project
 * composables other features build on.
 */
export { useTeams } from './composables/useTeams'
export { useTeamProjects } from './composables/useTeamProjects'
