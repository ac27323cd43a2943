/** What the projects feature offers the rest of the app: a team's projects, kept live. */
export { useTeamProjects } from './composables/useTeamProjects'
