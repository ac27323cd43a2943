import { describe, expect, it } from 'vitest'
import { entryCheckText } from '../../../src/lib/entry-check-text'

const base = {
  heading: 'Einstiegscheck: Digitale Terminvergabe',
  reasonsHeading: 'Gründe',
  answersHeading: 'Ihre Antworten',
  answers: [
    { question: 'Mandat?', answer: 'Nein' },
    { question: 'Team?', answer: 'nicht beantwortet' },
  ],
}

describe('the entry check result as text', () => {
  it('names the phase, its reasons, the notes and every answer', () => {
    expect(
      entryCheckText({
        ...base,
        recommendation: 'Empfohlene Startphase: Phase 1: Vorprozess',
        reasons: ['Ohne Mandat fehlt der Rückhalt.'],
        missing: [],
        notes: ['Das Handbuch ist womöglich mehr, als dieses Vorhaben braucht.'],
      }),
    ).toBe(
      [
        'Einstiegscheck: Digitale Terminvergabe',
        '',
        'Empfohlene Startphase: Phase 1: Vorprozess',
        '',
        'Gründe:',
        '- Ohne Mandat fehlt der Rückhalt.',
        '',
        'Das Handbuch ist womöglich mehr, als dieses Vorhaben braucht.',
        '',
        'Ihre Antworten:',
        '- Mandat? Nein',
        '- Team? nicht beantwortet',
        '',
      ].join('\n'),
    )
  })

  it('lists the questions a recommendation still waits for, and no reasons', () => {
    const text = entryCheckText({
      ...base,
      recommendation: 'Noch keine Empfehlung. Es fehlen Antworten auf:',
      reasons: [],
      missing: ['Team?'],
      notes: [],
    })
    expect(text).toContain('Noch keine Empfehlung. Es fehlen Antworten auf:\n- Team?\n\nIhre Antworten:')
    expect(text).not.toContain('Gründe')
  })
})
