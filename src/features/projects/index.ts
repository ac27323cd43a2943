/** What the projects feature offers the rest of the app: a team's projects and a page of teams, kept live. */
export { useTeamProjects } from './composables/useTeamProjects'
export { useTeamChoices } from './composables/useTeamChoices'
