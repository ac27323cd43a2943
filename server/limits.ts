/** The server's limits that are kept per connection, per team and per document. */
import * as Y from 'yjs'

/** Messages per connection: `burst` at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number
  private last = performance.now()

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst
  }

  take(): boolean {
    const now = performance.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

/**
 * The size of each loaded document's Yjs state. Encoding a large document on every message would
 * cost too much, so the size is estimated by adding each applied update's length (more than the
 * real growth, since Yjs merges and garbage-collects), and measured exactly only when the estimate
 * comes close to the limit.
 */
export class DocumentSizes {
  private readonly estimates = new WeakMap<Y.Doc, number>()

  constructor(readonly maxBytes: number) {}

  measure(doc: Y.Doc): number {
    const size = Y.encodeStateAsUpdate(doc).length
    this.estimates.set(doc, size)
    return size
  }

  applied(doc: Y.Doc, update: Uint8Array): void {
    this.estimates.set(doc, (this.estimates.get(doc) ?? this.measure(doc)) + update.length)
  }

  /** Whether applying `update` would take the document over the limit. */
  wouldExceed(doc: Y.Doc, update: Uint8Array): boolean {
    const estimate = this.estimates.get(doc) ?? this.measure(doc)
    if (estimate + update.length <= this.maxBytes) return false
    return this.measure(doc) + update.length > this.maxBytes
  }
}

/** Open connections (sockets) per team on this instance. */
export class TeamConnections {
  private readonly sockets = new Map<string, Map<string, number>>()

  constructor(readonly maxPerTeam: number) {}

  /** Whether one more socket may open a document of the team (a socket already in counts free). */
  admits(teamId: string, socketId: string): boolean {
    const team = this.sockets.get(teamId)
    return !team || team.has(socketId) || team.size < this.maxPerTeam
  }

  opened(teamId: string, socketId: string): void {
    const team = this.sockets.get(teamId) ?? new Map<string, number>()
    team.set(socketId, (team.get(socketId) ?? 0) + 1)
    this.sockets.set(teamId, team)
  }

  closed(teamId: string, socketId: string): void {
    const team = this.sockets.get(teamId)
    const count = team?.get(socketId)
    if (!team || count === undefined) return
    if (count > 1) team.set(socketId, count - 1)
    else team.delete(socketId)
    if (team.size === 0) this.sockets.delete(teamId)
  }
}
