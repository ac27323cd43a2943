import { describe, expect, it } from 'vitest'
import { t } from '../../../src/app/i18n'
import { invitationProblem } from '../../../src/features/sharing/invitation-problem'
import { createInvitation, parseInvitation } from '../../../src/sync/invitation'

const good = createInvitation(
  {
    server: 'wss://sync.example.berlin.de',
    teamId: 'team-1',
    teamName: 'Team Stadtgrün',
    secret: 's'.repeat(43),
  },
  'http://127.0.0.1:4173/',
)
const problem = (text: string) => {
  const key = invitationProblem(parseInvitation(text), text)
  return key && t(key)
}

describe('what the join page says about an invitation (with the real parser)', () => {
  it('accepts a whole link, with spaces around it', () => {
    expect(problem(`  ${good}\n`)).toBeNull()
  })

  it('names the problem of each kind of broken invitation in a sentence', () => {
    expect(problem('')).toBe('Bitte fügen Sie einen Einladungslink ein.')
    expect(problem('Hallo, hier ist der Link')).toBe('Das ist kein Einladungslink dieses Werkzeugs.')
    expect(problem(good.replace('v=1', 'v=9'))).toMatch(/^Diese Einladung stammt aus einer anderen Version/)
    expect(problem(good.replace(/s=[^&]+/, 's=https%3A%2F%2Fsync.example.berlin.de'))).toBe(
      'Die Einladung nennt keinen gültigen Sync-Server (ws:// oder wss://). Bitten Sie um einen neuen Link.',
    )
    expect(problem(good.replace(/k=[^&]+/, 'k=kurz'))).toBe(
      'Der Schlüssel in der Einladung fehlt oder ist zu kurz. Bitten Sie um einen neuen Link.',
    )
    // Cut off before the secret, or the team's id changed.
    expect(problem(good.slice(0, good.indexOf('&k=')))).toBe(
      'Der Schlüssel in der Einladung fehlt oder ist zu kurz. Bitten Sie um einen neuen Link.',
    )
    expect(problem(good.replace(/t=[^&]+/, 't=team%201'))).toBe(
      'Diese Einladung ist unvollständig oder beschädigt. Bitten Sie um einen neuen Link und kopieren Sie ihn vollständig.',
    )
  })
})
