/**
 * The device-local sync settings: which teams this device shares, through which server and with
 * which secret, and the name it shows to the others. Kept in the settings table, never in a team's
 * document (the secret must not travel to the server inside the data it protects).
 */
import type { TeamSyncSetting } from '@/model'
import { loadRepositories } from '@/db/live'

export type { TeamSyncSetting }

function isTeamSync(value: unknown): value is TeamSyncSetting {
  if (typeof value !== 'object' || value === null) return false
  const { server, secret, sharedAt } = value as Record<string, unknown>
  return typeof server === 'string' && typeof secret === 'string' && typeof sharedAt === 'string'
}

/** Every shared team of this device, by team id; entries of the wrong shape are left out. */
export async function sharedTeams(): Promise<Record<string, TeamSyncSetting>> {
  const stored: unknown = await (await loadRepositories()).settings.get('sync.teams')
  const teams: Record<string, TeamSyncSetting> = {}
  if (typeof stored !== 'object' || stored === null) return teams
  for (const [teamId, value] of Object.entries(stored)) if (isTeamSync(value)) teams[teamId] = value
  return teams
}

export async function teamSyncSetting(teamId: string): Promise<TeamSyncSetting | null> {
  return (await sharedTeams())[teamId] ?? null
}

/** Stores (or with null removes) how this device syncs `teamId`. */
export async function setTeamSyncSetting(teamId: string, value: TeamSyncSetting | null): Promise<void> {
  const repos = await loadRepositories()
  const teams = await sharedTeams()
  if (value) teams[teamId] = value
  else delete teams[teamId]
  await repos.settings.set('sync.teams', teams)
}

export async function syncName(): Promise<string> {
  return (await (await loadRepositories()).settings.get('sync.name')) ?? ''
}

export async function setSyncName(name: string): Promise<void> {
  await (await loadRepositories()).settings.set('sync.name', name.trim() || null)
}
