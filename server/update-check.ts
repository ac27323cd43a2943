/**
 * Checks a client's Yjs update before the server applies it. Yjs keeps an update whose references
 * it cannot resolve as "pending" state and stores it with the document, so random bytes that happen
 * to decode would change a stored document. Only an update that decodes completely and whose every
 * reference (origins, parents, deletions) is already in the document or in the update itself is let
 * through. A real client never needs more: after a refusal it reconnects and syncs from the state
 * vector, which always sends complete updates.
 */
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'

/** Hocuspocus message types (`MessageType` in @hocuspocus/server) that carry a Yjs sync message. */
const SYNC = 0
const SYNC_REPLY = 4
/** y-protocols sync message types that carry an update. */
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** The Yjs update inside a Hocuspocus message, or undefined for messages that carry none. */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message)
  decoding.readVarString(decoder)
  const type = decoding.readVarUint(decoder)
  if (type !== SYNC && type !== SYNC_REPLY) return undefined
  const syncType = decoding.readVarUint(decoder)
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined
  return decoding.readVarUint8Array(decoder)
}

type Id = { client: number; clock: number }

/**
 * Hocuspocus checks a message (`beforeHandleMessage`) asynchronously and applies it afterwards, in
 * arrival order; so a client's next update may be checked before its previous one is applied. The
 * clocks of updates that passed are therefore remembered per document and count as known.
 */
export class UpdateCheck {
  private readonly accepted = new WeakMap<Y.Doc, Map<number, number>>()

  /** Returns why the update may not be applied to `doc`, or undefined (and remembers it) if it may. */
  problem(doc: Y.Doc, update: Uint8Array): string | undefined {
    let decoded: ReturnType<typeof Y.decodeUpdate>
    try {
      decoded = Y.decodeUpdate(update)
    } catch {
      return 'malformed-update'
    }
    const accepted = this.accepted.get(doc) ?? new Map<number, number>()
    // The clock up to which each client's structs are known once this update is applied.
    const known = new Map<number, number>()
    const knownClock = (client: number) =>
      known.get(client) ?? Math.max(Y.getState(doc.store, client), accepted.get(client) ?? 0)
    for (const struct of decoded.structs) {
      const { client, clock } = struct.id
      if (struct instanceof Y.Skip || clock > knownClock(client)) return 'missing-history'
      known.set(client, Math.max(knownClock(client), clock + struct.length))
    }
    const isKnown = (id: Id | null | undefined) => !id || id.clock < knownClock(id.client)
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Item)) continue
      const parent = struct.parent as unknown
      const parentId = parent && typeof parent === 'object' && 'clock' in parent ? (parent as Id) : null
      if (!isKnown(struct.origin) || !isKnown(struct.rightOrigin) || !isKnown(parentId)) {
        return 'missing-history'
      }
    }
    for (const [client, deletions] of decoded.ds.clients) {
      for (const { clock, len } of deletions) {
        if (clock + len > knownClock(client)) return 'missing-history'
      }
    }
    for (const [client, clock] of known) accepted.set(client, clock)
    this.accepted.set(doc, accepted)
    return undefined
  }
}
