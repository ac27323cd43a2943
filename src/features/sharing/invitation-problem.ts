import type { MessageKey } from '@/app/i18n'
import type { Invitation, InvitationError } from '@/sync'

/**
 * What to tell the user about a parsed invitation: null when it is usable, else the text that
 * names the problem. `text` is what was parsed: a text without any invitation parameter is not
 * an invitation at all, rather than one without a server.
 */
export function invitationProblem(result: Invitation | InvitationError, text: string): MessageKey | null {
  if (!('error' in result)) return null
  switch (result.error) {
    case 'empty':
      return 'sharing.join.errors.empty'
    case 'version':
      return 'sharing.join.errors.version'
    case 'missing-server':
      return text.includes('=') ? 'sharing.join.errors.server' : 'sharing.join.errors.notLink'
    case 'bad-server':
      return 'sharing.join.errors.server'
    case 'missing-secret':
    case 'bad-secret':
      return 'sharing.join.errors.secret'
    default:
      // 'missing-team', 'bad-team' and any later code: the link was cut or changed.
      return 'sharing.join.errors.broken'
  }
}
