import { describe, expect, it } from 'vitest'
import { loadFixture } from './fixture'

describe('content check', () => {
  it('accepts the valid fixture', () => {
    const { messages, handbooks } = loadFixture()
    expect(messages).toEqual([])
    expect(handbooks.de.methods.map((m) => m.id)).toEqual(['akteure-kartieren', 'baumanalyse'])
    expect(handbooks.en.pages[0].title).toBe('Start')
  })

  it('names file and field when a field has the wrong type', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', 'preparation: 10', 'preparation: zehn'),
    )
    expect(messages).toContain(
      'handbook-content/de/methods/baumanalyse.md › preparation: expected a number, but found the text "zehn"',
    )
  })

  it('names a missing required field', () => {
    const { messages } = loadFixture((f) => f.replace('en/formats/kick-off.md', 'goal: Goal.\n', ''))
    expect(messages).toContain(
      'handbook-content/en/formats/kick-off.md › goal: is missing; this field is required',
    )
  })

  it('rejects a phase the handbook does not have, naming the phases it has', () => {
    const { messages } = loadFixture((f) => f.replace('de/steps/kick-off.md', 'phase: 1', 'phase: 6'))
    expect(messages).toEqual([
      'handbook-content/de/steps/kick-off.md › phase: the phase 6 does not exist; this handbook has phases 1–2',
    ])
  })

  it('rejects a phase number above 9 in the schema', () => {
    const { messages } = loadFixture((f) => f.replace('de/steps/kick-off.md', 'phase: 1', 'phase: 10'))
    expect(messages).toEqual([
      'handbook-content/de/steps/kick-off.md › phase: must be at most 9; found number 10',
    ])
  })

  it('lists the allowed values of a code field', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', 'level: easy', 'level: leicht'),
    )
    expect(messages).toContain(
      'handbook-content/de/methods/baumanalyse.md › level: expected one of: easy, medium, demanding; found the text "leicht"',
    )
  })

  it('reports a misspelt field name', () => {
    const { messages } = loadFixture((f) => f.replace('de/pages/start.md', 'summary:', 'sumary:'))
    expect(messages).toEqual([
      'handbook-content/de/pages/start.md › sumary: is not a known field; did you mean "summary"?',
    ])
  })

  it('reports an unknown field that resembles no missing one as unknown, and the missing field apart', () => {
    const { messages } = loadFixture((f) => f.replace('de/pages/start.md', 'summary:', 'abstract:'))
    expect(messages).toEqual([
      'handbook-content/de/pages/start.md › summary: is missing; this field is required',
      'handbook-content/de/pages/start.md › abstract: is not a known field; check the spelling (the fields are listed in handbook-content/README.md)',
    ])
  })

  it('reports YAML that cannot be read', () => {
    const { messages } = loadFixture((f) => f.replace('de/pages/start.md', 'title: Start', 'title: [Start'))
    expect(messages[0]).toMatch(
      /^handbook-content\/de\/pages\/start\.md › front matter: the YAML could not be read/,
    )
  })

  it('fails on a dangling internal link', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/pages/start.md', 'format:kick-off', 'format:kickoff'),
    )
    expect(messages).toEqual([
      'handbook-content/de/pages/start.md › body: the link "format:kickoff" points to a format that does not exist',
    ])
  })

  it('fails on a glossary link to an unknown term', () => {
    const { messages } = loadFixture((f) => f.replace('en/pages/start.md', 'term:massnahme', 'term:measure'))
    expect(messages).toEqual([
      'handbook-content/en/pages/start.md › body: the link "term:measure" points to a term that does not exist',
    ])
  })

  it('fails when a step recommends a method that does not exist', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/steps/kick-off.md', 'methods: [akteure-kartieren]', 'methods: [akteure]'),
    )
    expect(messages).toContain(
      'handbook-content/de/steps/kick-off.md › methods[1]: the method "akteure" does not exist',
    )
  })

  it('fails when a question feeds an unknown section, and names the section left unfed', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/steps/kick-off.md', 'section: titel\n  - id', 'section: titl\n  - id')
      f.replace('de/steps/kick-off.md', 'section: titel\n    options', 'section: titl\n    options')
      f.replace('de/steps/vorprozess-abschluss.md', 'section: titel', 'section: titl')
      f.replace('de/steps/exploration-abschluss.md', 'section: titel', 'section: titl')
    })
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/de\/steps\/kick-off\.md › questions\[1\]\.section: "titl" is not a section/),
        'handbook-content/de/wizard/beschreibung.md › sections[1]: no question of any step feeds the section "titel"',
      ]),
    )
  })

  it('fails when a file exists in only one language', () => {
    const { messages } = loadFixture((f) => f.remove('en/steps/kick-off.md'))
    expect(messages).toContain(
      'handbook-content/de/steps/kick-off.md › file: has no English version (expected handbook-content/en/steps/kick-off.md)',
    )
  })

  it('falls back to German with a marker when translations are not enforced (dev server)', () => {
    const { messages, handbooks } = loadFixture((f) => f.remove('en/steps/kick-off.md'), false)
    expect(messages).toEqual([])
    expect(handbooks.en.steps[0]).toMatchObject({ id: 'kick-off', title: 'Kick-Off', fallback: true })
  })

  it('fails when data differ between the languages', () => {
    const { messages } = loadFixture((f) =>
      f.replace('en/methods/baumanalyse.md', 'level: easy', 'level: medium'),
    )
    expect(messages).toEqual([
      'handbook-content/en/methods/baumanalyse.md › level: differs from the German file handbook-content/de/methods/baumanalyse.md; data (numbers, ids, codes) must be the same in both languages',
    ])
  })

  it('fails when step minutes do not fit the duration', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', 'minutes: 20', 'minutes: 50'),
    )
    expect(messages).toContain(
      'handbook-content/de/methods/baumanalyse.md › steps: the step minutes add up to 60, but the duration is 20–50 minutes',
    )
  })

  it('fails when a related method does not exist', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', 'related: [akteure-kartieren]', 'related: [akteure]'),
    )
    expect(messages).toContain(
      'handbook-content/de/methods/baumanalyse.md › related[1]: the method "akteure" does not exist',
    )
  })

  it('fails when a method card lacks a body section', () => {
    const { messages } = loadFixture((f) => f.replace('en/methods/baumanalyse.md', '## Tips\n', ''))
    expect(messages[0]).toMatch(
      /en\/methods\/baumanalyse\.md › body: needs exactly these ## sections in this order/,
    )
  })

  it('fails on a duplicate question id', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/steps/kick-off.md', 'id: kickoff-formate', 'id: kickoff-titel')
      f.replace('en/steps/kick-off.md', 'id: kickoff-formate', 'id: kickoff-titel')
    })
    expect(messages).toContain(
      'handbook-content/de/steps/kick-off.md › questions[2].id: the question id "kickoff-titel" is already used in handbook-content/de/steps/kick-off.md',
    )
  })

  it('fails when a choice question has no options', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/steps/kick-off.md', 'type: short-text', 'type: single-choice'),
    )
    expect(messages).toContain(
      'handbook-content/de/steps/kick-off.md › questions[1].options: a single-choice question needs options',
    )
  })

  it('fails when the entry check has no default rule', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/wizard/einstiegscheck.md', 'when: {}', 'when: { komplex: true }'),
    )
    expect(messages).toContain(
      'handbook-content/de/wizard/einstiegscheck.md › rules[2].when: the last rule must have no conditions (when: {}), so every team gets a recommendation',
    )
  })
})
