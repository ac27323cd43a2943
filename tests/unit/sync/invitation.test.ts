import { describe, expect, it } from 'vitest'
import { createInvitation, newSecret, parseInvitation, type Invitation } from '@/sync/invitation'

const invitation: Invitation = {
  server: 'wss://sync.example.berlin.de',
  teamId: 'team_1-A',
  teamName: 'Team Wärmeschutz & Co #2',
  secret: 'a'.repeat(43),
}

describe('newSecret', () => {
  it('is 43 base64url characters and different each time', () => {
    const secrets = new Set(Array.from({ length: 50 }, newSecret))
    expect(secrets.size).toBe(50)
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

describe('createInvitation', () => {
  it('links to the join page of this app with everything in the fragment', () => {
    const link = createInvitation(invitation, 'https://handbuch.example/app/')
    const url = new URL(link)
    expect(url.origin + url.pathname).toBe('https://handbuch.example/app/beitreten')
    expect(url.search).toBe('')
    expect(link).not.toContain(`?`)
    expect(url.hash).toContain('v=1')
  })

  it('uses the address of the running app by default', () => {
    expect(createInvitation(invitation)).toMatch(
      new RegExp(`^${location.origin}${import.meta.env.BASE_URL}beitreten#`),
    )
  })

  it('reads back what it wrote, from the link or the fragment alone', () => {
    const link = createInvitation(invitation, 'https://handbuch.example/')
    expect(parseInvitation(link)).toEqual(invitation)
    expect(parseInvitation(`  ${link}\n`)).toEqual(invitation)
    expect(parseInvitation(link.slice(link.indexOf('#')))).toEqual(invitation)
    expect(parseInvitation(link.slice(link.indexOf('#') + 1))).toEqual(invitation)
  })
})

describe('parseInvitation', () => {
  const fragment = (fields: Record<string, string>) => `#${new URLSearchParams(fields).toString()}`
  const valid = { v: '1', s: 'ws://127.0.0.1:4444', t: 't1', k: 'x'.repeat(32), n: 'Team' }
  const without = (key: keyof typeof valid) =>
    Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))

  it('accepts ws:// and wss:// servers and a secret of exactly 32 characters', () => {
    expect(parseInvitation(fragment(valid))).toEqual({
      server: 'ws://127.0.0.1:4444',
      teamId: 't1',
      secret: 'x'.repeat(32),
      teamName: 'Team',
    })
    expect(parseInvitation(fragment({ ...valid, s: 'wss://sync.example/path' }))).toMatchObject({
      server: 'wss://sync.example/path',
    })
  })

  it('takes a missing team name as empty', () => {
    expect(parseInvitation(fragment(without('n')))).toMatchObject({ teamName: '' })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://handbuch.example/beitreten', 'missing-server'],
    [fragment({ ...valid, v: '2' }), 'version'],
    [fragment(without('s')), 'missing-server'],
    [fragment({ ...valid, s: 'https://sync.example' }), 'bad-server'],
    [fragment({ ...valid, s: 'http://sync.example' }), 'bad-server'],
    [fragment({ ...valid, s: 'sync.example' }), 'bad-server'],
    [fragment(without('t')), 'missing-team'],
    [fragment({ ...valid, t: 'team/1' }), 'bad-team'],
    [fragment({ ...valid, t: 'ä' }), 'bad-team'],
    [fragment({ ...valid, t: 'a'.repeat(201) }), 'bad-team'],
    [fragment(without('k')), 'missing-secret'],
    [fragment({ ...valid, k: 'x'.repeat(31) }), 'bad-secret'],
    [fragment({ ...valid, k: 'x'.repeat(513) }), 'bad-secret'],
  ])('rejects %j with %s', (text, error) => {
    expect(parseInvitation(text)).toEqual({ error })
  })
})
