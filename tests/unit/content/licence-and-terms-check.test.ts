import { describe, expect, it } from 'vitest'
import { formatError } from '../../../build/content/errors'
import { loadFixture } from './fixture'

const OWN = 'own: true\nlicence: CC BY 4.0'
const source = (licence: string, cardLicence: string) =>
  `source:\n  title: "Handbuch Öffentliches Gestalten"\n  url: "https://oeffentliches-gestalten.org"\n  licence: "${licence}"\nlicence: ${cardLicence}`

describe('content check: method sources and licences', () => {
  it('accepts a card with a source whose terms its licence keeps', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/methods/baumanalyse.md', OWN, source('CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0'))
      f.replace('en/methods/baumanalyse.md', OWN, source('CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0'))
    })
    expect(messages).toEqual([])
  })

  it('fails a card that neither names a source nor says it is its own work', () => {
    const { messages } = loadFixture((f) => f.replace('de/methods/baumanalyse.md', 'own: true\n', ''))
    expect(messages).toContain(
      "handbook-content/de/methods/baumanalyse.md › source: is missing: name the source (title and licence), or write own: true if the card is this tool's own work",
    )
  })

  it('fails a card that drops the non-commercial term of its source', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', OWN, source('CC BY-NC 3.0', 'CC BY 4.0')),
    )
    expect(messages).toContain(
      'handbook-content/de/methods/baumanalyse.md › licence: the source "Handbuch Öffentliches Gestalten" is licensed CC BY-NC 3.0, which is non-commercial (NC); the card\'s licence must keep that term (found "CC BY 4.0")',
    )
  })

  it('fails a card that drops the share-alike term of its source', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', OWN, source('CC BY-NC-SA 4.0', 'CC BY-NC 4.0')),
    )
    expect(messages.some((m) => /licence: .*share-alike \(SA\)/.test(m))).toBe(true)
  })

  it('fails a card that claims to be its own work and names a source', () => {
    const { messages } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', OWN, `own: true\n${source('CC BY 4.0', 'CC BY 4.0')}`),
    )
    expect(messages.some((m) => m.startsWith('handbook-content/de/methods/baumanalyse.md › own:'))).toBe(true)
  })

  it('fails when the source licence differs between the languages', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/methods/baumanalyse.md', OWN, source('CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0'))
      f.replace('en/methods/baumanalyse.md', OWN, source('CC BY-SA 4.0', 'CC BY-SA 4.0'))
    })
    expect(messages.some((m) => m.startsWith('handbook-content/en/methods/baumanalyse.md › licence:'))).toBe(
      true,
    )
  })
})

describe('content check: term list', () => {
  it('warns, without failing, where a file uses a variant, naming file, field and preferred term', () => {
    const result = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', '## Tipps\nText.', '## Tipps\nFragen Sie die Testpersonen.'),
    )
    expect(result.messages).toEqual([])
    expect(result.warnings.map(formatError)).toEqual([
      'warning: handbook-content/de/methods/baumanalyse.md › body: uses "Testpersonen"; the term list (handbook-content/terms.md) prefers "Tester:innen"',
    ])
  })

  it('finds a variant in the front matter and at the start of a sentence', () => {
    const { warnings } = loadFixture((f) =>
      f.replace('de/methods/baumanalyse.md', 'summary: Ein Satz.', 'summary: Partner sind eingeladen.'),
    )
    expect(warnings.map((w) => w.field)).toEqual(['summary'])
  })

  it('leaves the preferred term, compounds and kept names alone', () => {
    const { warnings } = loadFixture((f) =>
      f.replace(
        'de/methods/baumanalyse.md',
        '## Tipps\nText.',
        '## Tipps\nDie Tester:innen und Partner:innen, die Kooperationspartner, die Partnerschaft und Berlin Partner.',
      ),
    )
    expect(warnings).toEqual([])
  })
})
