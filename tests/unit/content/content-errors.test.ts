/**
 * Issue 19, errors 1–10: each test reads the real handbook content and fails if the error returns.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'

const ROOT = join(import.meta.dirname, '..', '..', '..', 'handbook-content')
const { handbooks, errors } = loadHandbook(ROOT, { strictTranslations: true })
const { de, en } = handbooks
const raw = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const both = (path: string) => [raw(`de/${path}`), raw(`en/${path}`)]
const method = (lang: 'de' | 'en', id: string) => {
  const found = handbooks[lang].methods.find((m) => m.id === id)
  if (!found) throw new Error(`no method ${id}`)
  return found
}
const stepTotal = (m: { steps: { minutes: number }[] }) => m.steps.reduce((sum, s) => sum + s.minutes, 0)

describe('issue 19: content errors stay fixed', () => {
  it('loads without content errors', () => {
    expect(errors).toEqual([])
  })

  it('1: no file calls exploration the only phase that may be skipped', () => {
    for (const path of ['pages/prozessmodell.md', 'phases/exploration.md', 'glossary/exploration.md']) {
      const [german, english] = both(path)
      expect(german, path).not.toMatch(/einzige Phase/i)
      expect(english, path).not.toMatch(/only phase/i)
    }
    // Entering at any phase is what the handbook says instead.
    expect(raw('de/pages/prozessmodell.md')).toMatch(/in jede Phase einsteigen/)
    expect(raw('en/pages/prozessmodell.md')).toMatch(/enter at any phase/)
  })

  it('2: the principles page ranks nothing, names the framework correctly and lists the missing principles', () => {
    const [german, english] = both('pages/grundsaetze.md')
    expect(german).not.toMatch(/prägen das Handbuch besonders/)
    expect(english).not.toMatch(/shape the handbook in particular/)
    for (const text of [german, english, raw('de/pages/ueber.md'), raw('en/pages/ueber.md')]) {
      expect(text).not.toMatch(/Strategierahmen (von )?Gemeinsam Digital/)
    }
    expect(german).toMatch(/Rahmen, in dem die neue Smart-City-Strategie entwickelt wurde/)
    expect(english).toMatch(/frame within which the new smart-city strategy was developed/)
    for (const word of [
      /modular/,
      /gescheitert|Fehlschl/,
      /vorhandene Werkzeuge.*wieder/,
      /ressortübergreifend/,
    ]) {
      expect(german).toMatch(word)
    }
    for (const word of [/modules/, /failed|failure/, /Reuse existing tools/, /cross-departmental/]) {
      expect(english).toMatch(word)
    }
  })

  it('3: the measure workshop maps goals to the success factors, not to the value compass', () => {
    const step = (lang: 'de' | 'en') => handbooks[lang].steps.find((s) => s.id === 'massnahmenwerkstatt')!
    expect(step('de').checklist.join(' ')).toMatch(/Erfolgsfaktoren/)
    expect(step('de').html).toMatch(/Schlüsselergebnisse werden den Erfolgsfaktoren/)
    expect(step('de').html).not.toMatch(/Schlüsselergebnisse werden dem/)
    expect(step('en').html).toMatch(/key results are mapped to the success factors/)
  })

  it('4: only the kick-off decides which later formats are needed', () => {
    const format = (lang: 'de' | 'en', id: string) => handbooks[lang].formats.find((f) => f.id === id)!
    expect(format('de', 'kick-off').results).toMatch(/welche Formate folgen/)
    expect(format('de', 'steuerungsrunde').results).not.toMatch(/Formate/)
    expect(format('en', 'steuerungsrunde').results).not.toMatch(/formats/)
  })

  it('5: public participation yields ratings of drafts and feedback on goals and fit', () => {
    const results = (lang: 'de' | 'en') =>
      handbooks[lang].formats.find((f) => f.id === 'oeffentlichkeitsbeteiligung')!.results
    expect(results('de')).toMatch(/Bewertungen der vorgelegten Entwürfe/)
    expect(results('de')).toMatch(/Zielen.*Fragestellung und Lösungsansatz/)
    expect(results('en')).toMatch(/ratings of the drafts/)
    expect(results('en')).toMatch(/goals.*question and the proposed solution/)
  })

  it("6: the phases development and scaling do not carry the proposal badge for the handbook's own aims", () => {
    for (const book of [de, en]) {
      for (const id of ['entwicklung', 'skalierung']) {
        expect(book.phases.find((p) => p.id === id)?.proposal, id).toBe(false)
      }
    }
    // Their proposed steps still say so, step by step.
    expect(de.steps.filter((s) => s.phase >= 4).every((s) => s.proposal)).toBe(true)
  })

  it("7: the evaluation concept is this tool's own work and labelled as its proposal", () => {
    for (const lang of ['de', 'en'] as const) {
      const card = method(lang, 'evaluationskonzept')
      expect(card.own).toBe(true)
      expect(card.source).toBeUndefined()
    }
    expect(method('de', 'evaluationskonzept').html).toMatch(/Vorschlag dieses Werkzeugs/)
    expect(method('en', 'evaluationskonzept').html).toMatch(/Proposal of this tool/)
  })

  it('8: timings and levels follow the source where the About page says so', () => {
    // Duration and level as the "Handbuch Öffentliches Gestalten" gives them.
    const source: Record<string, [number, number, string]> = {
      gespraechsleitfaden: [30, 90, 'medium'],
      'vorgespraeche-fuehren': [45, 60, 'medium'],
      'gespraech-dokumentieren': [60, 90, 'easy'],
      'individuelle-gespraechsauswertung': [60, 90, 'demanding'],
      'akteure-kartieren': [30, 50, 'medium'],
      potenzialbaukasten: [60, 180, 'demanding'],
      'testverlauf-planen': [30, 90, 'medium'],
    }
    for (const [id, [min, max, level]] of Object.entries(source)) {
      const card = method('de', id)
      expect([card.duration.min, card.duration.max, card.level], id).toEqual([min, max, level])
    }
    expect(raw('de/pages/ueber.md')).toMatch(/Wo die Quelle einer Karte eine Dauer und ein Niveau nennt/)
    expect(raw('en/pages/ueber.md')).toMatch(/where a card's source gives a duration and a level/)
  })

  it('9: accessibility names the BIKTG Bln as the legal basis that adopts the BITV standards', () => {
    for (const path of ['glossary/barrierefreiheit.md', 'pages/barrierefreiheit.md']) {
      for (const text of both(path)) {
        expect(text, path).toMatch(/BIKTG Bln/)
        expect(text, path).toMatch(/BITV 2\.0/)
      }
    }
  })

  it('10: 1-2-4-All takes the quarter of an hour it says, and its long variant doubles the rounds', () => {
    for (const lang of ['de', 'en'] as const) {
      const card = method(lang, 'eins-zwei-vier-alle')
      expect(stepTotal(card)).toBe(15)
      expect(card.html).toMatch(lang === 'de' ? /etwa eine Viertelstunde/ : /about a quarter of an hour/)
      const rounds = card.steps.slice(1, 4).map((s) => s.minutes * 2)
      const variant = card.html.match(lang === 'de' ? /Verlängert:[^<]*/ : /Extended:[^<]*/)?.[0] ?? ''
      expect(
        variant
          .match(/\d+(?= Minuten| minutes)/g)
          ?.slice(0, 3)
          .map(Number),
      ).toEqual(rounds)
    }
  })

  it('10: five-finger feedback leaves every person at least 40 seconds', () => {
    for (const lang of ['de', 'en'] as const) {
      const card = method(lang, 'fuenf-finger-feedback')
      const round = card.steps.find((s) => /Feedback/i.test(s.title))!
      expect((round.minutes * 60) / card.groupSize.max).toBeGreaterThanOrEqual(40)
    }
  })

  it('10: the impact ladder credits the seven-level model it uses', () => {
    expect(method('de', 'wirkungstreppe').html).toMatch(/PHINEO/)
    expect(method('en', 'wirkungstreppe').html).toMatch(/PHINEO/)
  })

  it('10: transformative actor analysis and pre-talks follow what their source describes', () => {
    const analysis = method('de', 'transformative-akteursanalyse')
    const steps = analysis.steps.map((s) => `${s.title} ${s.detail ?? ''}`).join(' ')
    expect(steps).toMatch(/Regimeakteure/)
    expect(steps).toMatch(/Nischenakteure/)
    expect(steps).toMatch(/Change Agents/)
    expect(steps).toMatch(/Dilemmata/)
    expect(method('en', 'transformative-akteursanalyse').summary).toMatch(
      /regime actors.*niche actors.*change agents/,
    )
    // Pre-talks check whether a key actor can help and arrange the interview; they are not the interview.
    const preTalks = method('de', 'vorgespraeche-fuehren')
    expect(preTalks.summary).toMatch(/Schlüsselakteuren/)
    expect(preTalks.steps.map((s) => s.title)).toContain('Gespräche anbahnen')
    expect(method('en', 'vorgespraeche-fuehren').title).toBe('Conducting pre-talks')
  })
})
