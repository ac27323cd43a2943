/**
 * Sharing teams through a sync server: what the app and its views use. One connection per shared
 * team, kept for as long as the page lives; the providers reconnect by themselves, so a device
 * that comes back online catches up without anyone asking.
 */
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { loadRepositories } from '@/db/live'
import {
  TeamConnection,
  type Peer,
  type Presence,
  type SyncState,
  type SyncStatus,
  type TeamConnectionOptions,
} from './connection'
import { defaultDocs } from './default-docs'
import type { DocSource } from './doc-source'
import { createInvitation, isServerAddress, newSecret, type Invitation } from './invitation'
import { setSyncName, setTeamSyncSetting, sharedTeams, syncName, teamSyncSetting } from './settings'

export type { Peer, Presence, SyncState } from './connection'
export {
  createInvitation,
  isInvitationError,
  parseInvitation,
  type Invitation,
  type InvitationError,
  type InvitationErrorCode,
} from './invitation'

/** 'local': the team is not shared; this device keeps its work to itself. */
export type TeamSyncState = 'local' | SyncState

export interface TeamSync {
  state: Ref<TeamSyncState>
  /** Changes of this device the server has not confirmed yet. */
  waiting: Ref<number>
  /** The other devices working on the team now. */
  peers: Ref<Peer[]>
}

interface Wiring {
  docs: DocSource
  connection: Partial<Pick<TeamConnectionOptions, 'socket' | 'loadProvider'>>
}

let wiring: Wiring = {
  docs: defaultDocs,
  // The provider's default waits up to 30 s between attempts; a team at work wants it sooner.
  connection: { socket: { maxDelay: 10_000 } },
}

/** For tests: other documents, another provider module, other socket settings. */
export function configureSync(next: Partial<Wiring>): void {
  wiring = { ...wiring, ...next }
}

const connections = new Map<string, TeamConnection>()
/** Connections being set up, so two callers never open two for one team. */
const starting = new Map<string, Promise<TeamConnection | null>>()
/** Bumped whenever a connection starts or ends, so `useTeamSync` picks it up. */
const registryVersion = shallowRef(0)
let presence: Presence = {}
let onlineListener: (() => void) | null = null

async function connect(teamId: string, server: string, secret: string): Promise<TeamConnection> {
  const name = await syncName()
  // After the await: of two calls at once, the later one replaces the earlier one's connection.
  connections.get(teamId)?.destroy()
  const connection = new TeamConnection({
    ...wiring.connection,
    teamId,
    server,
    secret,
    docs: wiring.docs,
    name,
  })
  connections.set(teamId, connection)
  registryVersion.value += 1
  connection.setPresence(presence)
  if (!onlineListener && typeof window !== 'undefined') {
    // The provider waits out its back-off even when the browser knows the network is back.
    onlineListener = () => connections.forEach((c) => c.reconnect())
    window.addEventListener('online', onlineListener)
  }
  return connection
}

/** The team's connection, started from its setting if it has none yet; null if not shared. */
function connectIfShared(teamId: string): Promise<TeamConnection | null> {
  const running = connections.get(teamId)
  if (running) return Promise.resolve(running)
  let pending = starting.get(teamId)
  if (!pending) {
    pending = teamSyncSetting(teamId)
      .then((setting) => (setting ? connect(teamId, setting.server, setting.secret) : null))
      .finally(() => starting.delete(teamId))
    starting.set(teamId, pending)
  }
  return pending
}

/** Connects every team this device shares; call once when the app starts. */
export async function startSharedTeams(): Promise<void> {
  await Promise.all(Object.keys(await sharedTeams()).map(connectIfShared))
}

/** The sync state of a team (from an id, a ref or a getter); 'local' while it is not shared. */
export function useTeamSync(teamId: MaybeRefOrGetter<string | null | undefined>): TeamSync {
  const state = shallowRef<TeamSyncState>('local')
  const waiting = shallowRef(0)
  const peers = shallowRef<Peer[]>([])
  let stop: (() => void) | null = null
  const show = (status: SyncStatus) => {
    state.value = status.state
    waiting.value = status.waiting
    peers.value = status.peers
  }
  watch(
    () => [toValue(teamId), registryVersion.value] as const,
    ([id]) => {
      stop?.()
      stop = null
      const connection = id ? connections.get(id) : undefined
      if (!connection) {
        state.value = 'local'
        waiting.value = 0
        peers.value = []
        // A shared team not connected yet (before `startSharedTeams`, or in a test) connects now.
        if (id) void connectIfShared(id).catch(() => {})
        return
      }
      show(connection.status())
      stop = connection.subscribe(show)
    },
    { immediate: true },
  )
  onScopeDispose(() => stop?.())
  return { state, waiting, peers }
}

/**
 * Shares a team through `server` and returns the invitation link for the other devices. A team
 * shared before keeps its secret: the server knows the team by it (trust on first use).
 */
export async function shareTeam(teamId: string, server: string): Promise<string> {
  const address = server.trim()
  if (!isServerAddress(address)) throw new Error(`Not a sync server address: ${address}`)
  const repos = await loadRepositories()
  const team = await repos.teams.get(teamId)
  if (!team) throw new Error(`No team ${teamId}`)
  const previous = await teamSyncSetting(teamId)
  const secret = previous?.secret ?? newSecret()
  await setTeamSyncSetting(teamId, { server: address, secret, sharedAt: new Date().toISOString() })
  await connect(teamId, address, secret)
  return createInvitation({ server: address, teamId, teamName: team.name, secret })
}

/** The invitation link of a shared team again (to show it once more); null if not shared. */
export async function teamInvitation(teamId: string): Promise<string | null> {
  const setting = await teamSyncSetting(teamId)
  const team = await (await loadRepositories()).teams.get(teamId)
  if (!setting || !team) return null
  return createInvitation({ server: setting.server, teamId, teamName: team.name, secret: setting.secret })
}

/** Joins the team of an invitation on this device: its documents arrive from the server. */
export async function joinTeam(invitation: Invitation): Promise<void> {
  await wiring.docs.ensureTeamRow(invitation.teamId, invitation.teamName)
  await setTeamSyncSetting(invitation.teamId, {
    server: invitation.server,
    secret: invitation.secret,
    sharedAt: new Date().toISOString(),
  })
  await connect(invitation.teamId, invitation.server, invitation.secret)
}

/** Ends sharing on this device: the team's work stays here, nothing more is sent or received. */
export async function stopSharing(teamId: string): Promise<void> {
  // The setting goes first: a view that sees the connection end must not start it again from it.
  await setTeamSyncSetting(teamId, null)
  await starting.get(teamId)
  connections.get(teamId)?.destroy()
  connections.delete(teamId)
  registryVersion.value += 1
}

/** Where this device is working now, shown to the other devices of that project's team. */
export function setPresence(next: Presence): void {
  presence = { projectId: next.projectId, stepId: next.stepId }
  for (const connection of connections.values()) connection.setPresence(presence)
}

/** The name this device shows to the others ('' until given). */
export { syncName as deviceName }

export async function setDeviceName(name: string): Promise<void> {
  await setSyncName(name)
  for (const connection of connections.values()) connection.setName(name.trim())
}

/** Ends every connection (tests; a page that unloads ends them anyway). */
export function stopAllConnections(): void {
  for (const connection of connections.values()) connection.destroy()
  connections.clear()
  registryVersion.value += 1
}
