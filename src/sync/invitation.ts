/**
 * Invitation links: everything a second device needs to join a shared team, in one URL of this
 * app. The secret travels in the fragment (`#…`), which browsers never send to a server, so neither
 * the app's web server nor a proxy logs it.
 */

export interface Invitation {
  /** The sync server, `ws://…` or `wss://…`. */
  server: string
  teamId: string
  teamName: string
  secret: string
}

/** Why a text is not an invitation; the UI turns each code into a sentence. */
export type InvitationErrorCode =
  | 'empty'
  | 'version'
  | 'missing-server'
  | 'bad-server'
  | 'missing-team'
  | 'bad-team'
  | 'missing-secret'
  | 'bad-secret'

export interface InvitationError {
  error: InvitationErrorCode
}

const VERSION = '1'
const TEAM_ID = /^[A-Za-z0-9_-]{1,200}$/
/** The server accepts secrets of 32 to 512 characters (docs/sync-server.md). */
export const MIN_SECRET_LENGTH = 32
const MAX_SECRET_LENGTH = 512
/** The route that receives invitations (a path below the app's base). */
export const JOIN_PATH = 'beitreten'

/** 32 random bytes as base64url: 43 characters, 256 bits. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** `<origin><base>beitreten#v=1&s=…&t=…&k=…&n=…`; `base` defaults to this app's address. */
export function createInvitation(
  invitation: Invitation,
  base = `${location.origin}${import.meta.env.BASE_URL}`,
): string {
  const params = new URLSearchParams({
    v: VERSION,
    s: invitation.server,
    t: invitation.teamId,
    k: invitation.secret,
    n: invitation.teamName,
  })
  return `${base.endsWith('/') ? base : `${base}/`}${JOIN_PATH}#${params.toString()}`
}

export function isInvitationError(value: Invitation | InvitationError): value is InvitationError {
  return 'error' in value
}

/** Whether `server` is a WebSocket address the provider can open. */
export function isServerAddress(server: string): boolean {
  try {
    const url = new URL(server)
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== ''
  } catch {
    return false
  }
}

/**
 * Reads an invitation from the whole link, the fragment (with or without `#`) or a pasted text
 * with spaces or line breaks around it.
 */
export function parseInvitation(text: string): Invitation | InvitationError {
  const trimmed = text.trim()
  if (!trimmed) return { error: 'empty' }
  const hash = trimmed.indexOf('#')
  const params = new URLSearchParams(hash >= 0 ? trimmed.slice(hash + 1) : trimmed)
  const version = params.get('v')
  if (version !== null && version !== VERSION) return { error: 'version' }
  const server = params.get('s')?.trim() ?? ''
  const teamId = params.get('t')?.trim() ?? ''
  const secret = params.get('k')?.trim() ?? ''
  if (!server) return { error: 'missing-server' }
  if (!isServerAddress(server)) return { error: 'bad-server' }
  if (!teamId) return { error: 'missing-team' }
  if (!TEAM_ID.test(teamId)) return { error: 'bad-team' }
  if (!secret) return { error: 'missing-secret' }
  if (secret.length < MIN_SECRET_LENGTH || secret.length > MAX_SECRET_LENGTH) return { error: 'bad-secret' }
  return { server, teamId, secret, teamName: params.get('n')?.trim() ?? '' }
}
