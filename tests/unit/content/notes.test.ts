import { describe, expect, it } from 'vitest'
import { noteBullets } from '../../../build/content/checks/notes'
import { ISSUE_19_CARDS, loadFixture, loadRealHandbook } from './fixture'

const real = loadRealHandbook()
const { de, en } = real.handbooks

const SHARED = '- Beide Karten sagen dasselbe über den Datenschutz.\n- Und dasselbe über den Personalrat.\n'

describe('public-sector notes', () => {
  it('are never shared word for word between two cards of the real handbook', () => {
    expect(
      real.warnings
        .filter((w) => w.message.includes('public-sector note'))
        .map((w) => `${w.file}: ${w.message}`),
    ).toEqual([])
  })

  it('warn, without failing the check, when two cards share notes word for word', () => {
    const { messages, warnings } = loadFixture((f) => {
      for (const card of ['akteure-kartieren', 'baumanalyse'])
        f.replace(
          `de/methods/${card}.md`,
          '## Hinweise für die Verwaltung\nText.\n',
          `## Hinweise für die Verwaltung\n${SHARED}`,
        )
    })
    expect(messages).toEqual([])
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      [
        'handbook-content/de/methods/baumanalyse.md',
        'the public-sector note "Beide Karten sagen dasselbe über den Datenschutz." is word for word the same as in handbook-content/de/methods/akteure-kartieren.md; write a note that fits this method',
      ],
      [
        'handbook-content/de/methods/baumanalyse.md',
        'the public-sector note "Und dasselbe über den Personalrat." is word for word the same as in handbook-content/de/methods/akteure-kartieren.md; write a note that fits this method',
      ],
    ])
  })

  it('does not warn about one shared sentence inside otherwise different notes', () => {
    const { warnings } = loadFixture((f) => {
      f.replace(
        'de/methods/akteure-kartieren.md',
        '## Hinweise für die Verwaltung\nText.\n',
        '## Hinweise für die Verwaltung\n- Kurz. Karte eins.\n',
      )
      f.replace(
        'de/methods/baumanalyse.md',
        '## Hinweise für die Verwaltung\nText.\n',
        '## Hinweise für die Verwaltung\n- Kurz. Karte zwei.\n',
      )
    })
    expect(warnings.filter((w) => w.message.includes('public-sector note'))).toEqual([])
  })

  it('are read only from the notes section', () => {
    const body =
      '## Tipps\n- Nicht hier.\n## Hinweise für die Verwaltung\n- Eins.\n- Zwei,\n  weiter.\n## Beispiel\n- Auch nicht.\n'
    expect(noteBullets(body, 'Hinweise für die Verwaltung')).toEqual(['Eins.', 'Zwei, weiter.'])
  })

  it('give every card, in both languages, at least two notes', () => {
    for (const method of [...de.methods, ...en.methods]) {
      const notes = method.html
        .split(/<h2[^>]*>/)
        .find((part) => /^(Hinweise für die Verwaltung|Public-sector notes)</.test(part))
      expect(notes?.match(/<li>/g)?.length ?? 0, `${method.id} (${method.title})`).toBeGreaterThanOrEqual(2)
    }
  })

  it('name the Berlin rules where they apply: BlnDSG, PersVG Bln, EGovG Bln and the e-file', () => {
    for (const handbook of [de, en]) {
      const all = handbook.methods.map((m) => m.html).join('\n')
      for (const hook of [
        'BlnDSG',
        'PersVG Bln',
        'EGovG Bln',
        'E-Akte',
        'DSFA',
        'Schwerbehindertenvertretung',
      ])
        expect(
          all.includes(hook) || all.includes(hook.replace('E-Akte', 'e-file')),
          `${handbook.lang}: ${hook}`,
        ).toBe(true)
    }
  })
})

describe('the method library after issue 19', () => {
  it('offers at least 10 methods for every phase, in both languages', () => {
    for (const handbook of [de, en])
      for (const phase of [1, 2, 3, 4, 5])
        expect(
          handbook.methods.filter((m) => m.phases.includes(phase)).length,
          `${handbook.lang} phase ${phase}`,
        ).toBeGreaterThanOrEqual(10)
  })

  it('has the new cards in German and English, each with steps that fit its duration', () => {
    for (const handbook of [de, en])
      for (const id of ISSUE_19_CARDS) {
        const card = handbook.methods.find((m) => m.id === id)
        expect(card, `${handbook.lang}/${id}`).toBeDefined()
        const total = card!.steps.reduce((sum, s) => sum + s.minutes, 0)
        expect(total, `${id}: steps`).toBeGreaterThanOrEqual(card!.duration.min)
        expect(total, `${id}: steps`).toBeLessThanOrEqual(card!.duration.max)
      }
  })

  it('credits every new card: a named source with its licence, or own work', () => {
    for (const handbook of [de, en])
      for (const id of ISSUE_19_CARDS) {
        const card = handbook.methods.find((m) => m.id === id)!
        if (card.own) expect(card.source, id).toBeUndefined()
        else expect(card.source?.licence, id).toBeTruthy()
        if (card.source?.licence.startsWith('CC BY-NC')) expect(card.licence, id).toMatch(/^CC BY-NC/)
      }
  })
})
