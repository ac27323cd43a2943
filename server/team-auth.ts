/**
 * Team secrets, trust on first use: the first connection to an unknown team registers the SHA-256
 * hash of its secret; afterwards only the same secret opens the team's documents. A fast hash is
 * enough because the app generates the secret at random (≥ 32 characters), so it cannot be guessed
 * from a list the way a password can.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { SyncStore } from './stores/store.ts'

export const MIN_SECRET_LENGTH = 32
/** Longer tokens are refused before hashing, so a client cannot make the server hash megabytes. */
export const MAX_SECRET_LENGTH = 512

export type AuthResult = { ok: true } | { ok: false; reason: 'weak-secret' | 'wrong-secret' }

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest()
}

export async function checkTeamSecret(store: SyncStore, teamId: string, secret: string): Promise<AuthResult> {
  if (secret.length < MIN_SECRET_LENGTH || secret.length > MAX_SECRET_LENGTH) {
    return { ok: false, reason: 'weak-secret' }
  }
  const offered = hashSecret(secret)
  const stored = await store.registerTeam(teamId, offered)
  return timingSafeEqual(stored, offered) ? { ok: true } : { ok: false, reason: 'wrong-secret' }
}
