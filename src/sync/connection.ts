/**
 * One team's connection to a sync server: one WebSocket for the server and one provider per
 * document (the team document and each of its projects), following the team document's project
 * list. `@hocuspocus/provider` is imported on first connection only: the first visit's byte budget
 * cannot take it, and a device that shares nothing never downloads it.
 *
 * Imported by the server tests in Node too, so nothing here may use the DOM or `@/` paths.
 */
import type {
  HocuspocusProvider,
  HocuspocusProviderConfiguration,
  HocuspocusProviderWebsocket,
  HocuspocusProviderWebsocketConfiguration,
} from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { DocRef, DocSource } from './doc-source'

export type SyncState = 'connecting' | 'synced' | 'offline' | 'refused'

/** Another device of the team, as it announces itself. */
export interface Peer {
  name: string
  projectId?: string
  stepId?: string
}

export interface SyncStatus {
  state: SyncState
  /** Changes of this device the server has not confirmed yet. */
  waiting: number
  peers: Peer[]
}

export interface Presence {
  projectId?: string
  stepId?: string
}

type ProviderModule = typeof import('@hocuspocus/provider')
type SocketOptions = Partial<Omit<HocuspocusProviderWebsocketConfiguration, 'url'>>

export interface TeamConnectionOptions {
  teamId: string
  server: string
  secret: string
  docs: DocSource
  /** The name shown to the other devices. */
  name?: string
  /** Extra socket settings: `WebSocketPolyfill` in Node, shorter reconnect delays in tests. */
  socket?: SocketOptions
  /** Loads the provider module; tests may pass their own. */
  loadProvider?: () => Promise<ProviderModule>
}

interface Synced {
  ref: DocRef
  doc: Y.Doc
  provider: HocuspocusProvider
  refused: boolean
}

const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined

export class TeamConnection {
  readonly teamId: string
  private readonly options: TeamConnectionOptions
  private socket: HocuspocusProviderWebsocket | null = null
  private module: ProviderModule | null = null
  private team: Synced | null = null
  private readonly projects = new Map<string, Synced>()
  /** Projects whose document is being opened (opening is asynchronous). */
  private readonly opening = new Set<string>()
  private readonly listeners = new Set<(status: SyncStatus) => void>()
  private connected = false
  /** True once a connection failed or dropped, until the next one succeeds. */
  private lost = false
  private destroyed = false
  private presence: Presence = {}
  /** The awareness state last sent, so an unchanged one is not sent again. */
  private announced = ''
  private name: string
  private stopObserving: (() => void) | null = null
  /** Resolves when the team document and its providers are set up (or setup failed). */
  readonly ready: Promise<void>
  /** Set when setting up failed (the provider module or the team document could not load). */
  error: Error | null = null

  constructor(options: TeamConnectionOptions) {
    this.options = options
    this.teamId = options.teamId
    this.name = options.name ?? ''
    this.ready = this.start().catch((error: unknown) => {
      this.error = error instanceof Error ? error : new Error(String(error))
      this.lost = true
      this.notify()
    })
  }

  /** The team document, once `ready`. */
  get teamDoc(): Y.Doc | null {
    return this.team?.doc ?? null
  }

  status(): SyncStatus {
    const all = this.synced()
    const waiting = all.reduce((sum, s) => sum + s.provider.unsyncedChanges, 0)
    let state: SyncState
    if (all.some((s) => s.refused)) state = 'refused'
    else if (this.connected && this.team && all.every((s) => s.provider.isSynced)) state = 'synced'
    else if (this.connected || !this.lost) state = 'connecting'
    else state = 'offline'
    return { state, waiting, peers: this.peers() }
  }

  /** Calls `listener` with every new status; returns the function that stops it. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Where this device is working, shown to the others when the project is one of this team's (the
   * app passes the same presence to every shared team).
   */
  setPresence(presence: Presence): void {
    this.presence = { projectId: presence.projectId, stepId: presence.stepId }
    this.announce()
  }

  setName(name: string): void {
    this.name = name
    this.announce()
  }

  /** Tries to connect now instead of waiting for the next retry (e.g. when the browser is back online). */
  reconnect(): void {
    if (this.socket && !this.connected) void this.socket.connect()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.stopObserving?.()
    for (const synced of this.synced()) this.close(synced)
    this.projects.clear()
    this.team = null
    if (this.socket) {
      // Closing a socket that is still connecting makes `ws` (Node) emit an error after the
      // provider removed its listeners; without a listener Node treats it as uncaught.
      const raw = (this.socket as unknown as { webSocket: EventTarget | null }).webSocket
      raw?.addEventListener('error', () => {})
      this.socket.destroy()
      this.socket = null
    }
    this.listeners.clear()
  }

  private async start(): Promise<void> {
    const { docs, teamId } = this.options
    this.module = await (this.options.loadProvider ?? (() => import('@hocuspocus/provider')))()
    const ref: DocRef = { kind: 'team', teamId }
    const doc = await docs.open(ref)
    if (this.destroyed) {
      docs.release(doc)
      return
    }
    this.socket = new this.module.HocuspocusProviderWebsocket({
      ...this.options.socket,
      url: this.options.server,
      onStatus: ({ status }) => {
        this.connected = status === 'connected'
        if (this.connected) this.lost = false
        else if (status === 'disconnected') this.lost = true
        this.notify()
      },
      onConnect: () => dropQueuedMessages(this.socket),
    })
    this.team = this.provide(ref, doc, true)
    this.announce()
    const projects = doc.getMap('projects')
    const follow = () => this.followProjects()
    projects.observe(follow)
    this.stopObserving = () => projects.unobserve(follow)
    this.followProjects()
  }

  private followProjects(): void {
    if (!this.team || this.destroyed) return
    const wanted = new Set(this.options.docs.projectIds(this.team.doc))
    for (const [projectId, synced] of this.projects)
      if (!wanted.has(projectId)) {
        this.projects.delete(projectId)
        this.close(synced)
      }
    for (const projectId of wanted)
      if (!this.projects.has(projectId) && !this.opening.has(projectId)) void this.openProject(projectId)
    // A project of the presence may have arrived (just joined) or gone.
    this.announce()
    this.notify()
  }

  private async openProject(projectId: string): Promise<void> {
    const { docs, teamId } = this.options
    const ref: DocRef = { kind: 'project', teamId, projectId }
    this.opening.add(projectId)
    let doc: Y.Doc
    try {
      doc = await docs.open(ref)
    } catch {
      // A project document that cannot be loaded is left out; the next change of the list retries.
      return
    } finally {
      this.opening.delete(projectId)
    }
    const stillWanted = this.team && docs.projectIds(this.team.doc).includes(projectId)
    if (this.destroyed || !stillWanted || this.projects.has(projectId)) {
      docs.release(doc)
      return
    }
    this.projects.set(projectId, this.provide(ref, doc, false))
    this.notify()
  }

  private provide(ref: DocRef, doc: Y.Doc, withAwareness: boolean): Synced {
    const synced = { ref, doc, refused: false } as Synced
    const configuration: Partial<HocuspocusProviderConfiguration> = {
      websocketProvider: this.socket!,
      name: this.options.docs.name(ref),
      token: this.options.secret,
      document: doc,
      onSynced: () => this.notify(),
      onUnsyncedChanges: () => this.notify(),
      onAuthenticated: () => {
        synced.refused = false
        this.notify()
      },
      onAuthenticationFailed: () => {
        synced.refused = true
        this.notify()
      },
    }
    // Only the team document carries who is where; project documents send no awareness at all.
    if (withAwareness) configuration.onAwarenessChange = () => this.notify()
    else configuration.awareness = null
    synced.provider = new this.module!.HocuspocusProvider(configuration as HocuspocusProviderConfiguration)
    // A provider on a socket it did not create does not attach itself (toolchain notes §8).
    synced.provider.attach()
    return synced
  }

  private close(synced: Synced): void {
    synced.provider.destroy()
    this.options.docs.release(synced.doc)
  }

  private synced(): Synced[] {
    return this.team ? [this.team, ...this.projects.values()] : []
  }

  private announce(): void {
    const awareness = this.team?.provider.awareness
    if (!awareness || !this.team) return
    const { projectId, stepId } = this.presence
    const here = !!projectId && this.options.docs.projectIds(this.team.doc).includes(projectId)
    const state = here ? { name: this.name, projectId, stepId } : { name: this.name }
    const json = JSON.stringify(state)
    if (json === this.announced) return
    this.announced = json
    awareness.setLocalState(state)
  }

  private peers(): Peer[] {
    const awareness = this.team?.provider.awareness
    if (!awareness) return []
    const peers: Peer[] = []
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || typeof state.name !== 'string') continue
      const peer: Peer = { name: state.name }
      const projectId = optional(state.projectId)
      const stepId = optional(state.stepId)
      if (projectId) peer.projectId = projectId
      if (stepId) peer.stepId = stepId
      peers.push(peer)
    }
    return peers
  }

  private notify(): void {
    if (this.destroyed || !this.listeners.size) return
    const status = this.status()
    for (const listener of this.listeners) listener(status)
  }
}

/**
 * Forgets the messages the socket queued while it was down, at the moment it would send them (the
 * first message from the server; the providers' sign-in and sync went out directly). They are
 * incremental updates based on
 * what the server had before; a server that crashed before storing its last changes refuses them
 * (they reference history it lost) and closes the connection, again on every reconnect. Nothing is
 * lost by dropping them: after connecting, each provider syncs by state vector, which sends the
 * server everything it lacks in one complete update. (Hocuspocus 3.4 keeps the queue private.)
 */
function dropQueuedMessages(socket: HocuspocusProviderWebsocket | null): void {
  const queued = socket as unknown as { messageQueue?: unknown[] } | null
  if (queued && Array.isArray(queued.messageQueue)) queued.messageQueue = []
}
