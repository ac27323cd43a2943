/** What the sync server keeps: each document's Yjs state and, per team, the hash of its secret. */
export interface SyncStore {
  /** The stored Yjs state of a document (one update holding everything), or null if new. */
  fetchDocument(name: string): Promise<Uint8Array | null>
  storeDocument(name: string, state: Uint8Array): Promise<void>
  /**
   * Registers a team's secret hash unless the team already has one, and returns the hash that is
   * stored now. Atomic, so two first connections racing (even on two instances) agree on one hash.
   */
  registerTeam(teamId: string, secretHash: Buffer): Promise<Buffer>
  close(): Promise<void>
}
