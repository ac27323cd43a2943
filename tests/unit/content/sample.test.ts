/**
 * Issue 17: a handbook may ship a sample measure (`<lang>/sample.md`) that a team reads and copies.
 * The content check holds it to the handbook: every step, question and entry-check question it names
 * exists, every answer has its question type's shape, and English holds the same data as German.
 * One mistake gives one error, naming file and field.
 */
import { describe, expect, it } from 'vitest'
import { loadFixture, loadRealHandbook, type Editor } from './fixture'
import { outlineOf } from '../../../src/content/parts'

const DE = 'handbook-content/de'
const EN = 'handbook-content/en'

/** More question types for the fixture's kick-off step, in both languages (labels differ, data not). */
const moreQuestions = (lang: 'de' | 'en') => {
  const say = (de: string, en: string) => (lang === 'de' ? de : en)
  const q = (id: string, type: string, extra = '') =>
    `  - id: ${id}\n    type: ${type}\n    label: ${say('Frage', 'Question')} ${id}?\n    help: ${say('Warum.', 'Why.')}\n    example: ${say('Beispiel', 'Example')}\n    section: titel\n${extra}`
  return [
    q('kickoff-ziele', 'long-text'),
    q('kickoff-gruppen', 'list'),
    q('kickoff-datum', 'date'),
    q('kickoff-team', 'people'),
    q('kickoff-risiken', 'risks'),
    q('kickoff-werte', 'value-compass'),
    q(
      'kickoff-erledigt',
      'checklist',
      `    options:\n      - value: termin\n        label: ${say('Termin', 'Date')}\n      - value: raum\n        label: ${say('Raum', 'Room')}\n`,
    ),
  ].join('')
}

const SAMPLE = {
  de: `---
title: Kühle Orte
description: Eine Liste kühler Orte.
intro: Ein erfundenes Beispiel.
phase: 2
entryCheck: { komplex: true, mandat: false }
steps:
  kick-off: done
  vorprozess-abschluss: in-progress
answers:
  kickoff-titel: Kühle Orte
  kickoff-formate: [steuerungsrunde]
  kickoff-ziele: Niemand bleibt bei Hitze allein.
  kickoff-gruppen: [Ältere Menschen, Pflegedienste]
  kickoff-datum: '2027-03-01'
  kickoff-team:
    - { name: Projektleitung, role: Koordination }
  kickoff-risiken:
    - { risk: Orte sind zu, likelihood: medium, impact: high, response: Zweite Orte suchen }
  kickoff-werte:
    kooperativ: { rating: 2, justification: Bezirke arbeiten zusammen. }
  kickoff-erledigt: [termin]
  vorprozess-weiter: exploration
logbook:
  - { kind: decision, text: Wir beginnen im Vorprozess. }
---
`,
  en: `---
title: Cool places
description: A list of cool places.
intro: A made-up example.
phase: 2
entryCheck: { komplex: true, mandat: false }
steps:
  kick-off: done
  vorprozess-abschluss: in-progress
answers:
  kickoff-titel: Cool places
  kickoff-formate: [steuerungsrunde]
  kickoff-ziele: Nobody is left alone in the heat.
  kickoff-gruppen: [Older people, Care services]
  kickoff-datum: '2027-03-01'
  kickoff-team:
    - { name: Project lead, role: Coordination }
  kickoff-risiken:
    - { risk: Places are closed, likelihood: medium, impact: high, response: Find second places }
  kickoff-werte:
    kooperativ: { rating: 2, justification: Districts work together. }
  kickoff-erledigt: [termin]
  vorprozess-weiter: exploration
logbook:
  - { kind: decision, text: We start in the pre-process. }
---
`,
}

/** The fixture with the extra questions and the sample in both languages, then `edit`. */
function withSample(edit: (f: Editor) => void = () => {}) {
  return loadFixture((f) => {
    f.replace('de/steps/kick-off.md', '---\nAnleitung', `${moreQuestions('de')}---\nAnleitung`)
    f.replace('en/steps/kick-off.md', '---\nGuidance', `${moreQuestions('en')}---\nGuidance`)
    f.write('de/sample.md', SAMPLE.de)
    f.write('en/sample.md', SAMPLE.en)
    edit(f)
  })
}

/** The same change in both languages' samples: a data mistake made consistently. */
const both = (f: Editor, from: string, to: string) => {
  f.replace('de/sample.md', from, to)
  f.replace('en/sample.md', from, to)
}

describe('the sample measure', () => {
  it('is optional: a handbook without one has none, and its outline says so', () => {
    const { messages, handbooks } = loadFixture()
    expect(messages).toEqual([])
    expect(handbooks.de.sample).toBeNull()
    expect(outlineOf(handbooks.de).sample).toBe(false)
  })

  it('reaches the app in each language with its answers, states, entry check and logbook', () => {
    const { messages, handbooks } = withSample()
    expect(messages).toEqual([])
    const de = handbooks.de.sample!
    expect(de.title).toBe('Kühle Orte')
    expect(de.phase).toBe(2)
    expect(de.entryCheck).toEqual({ komplex: true, mandat: false })
    expect(de.steps).toEqual({ 'kick-off': 'done', 'vorprozess-abschluss': 'in-progress' })
    expect(de.answers['kickoff-risiken']).toEqual([
      { risk: 'Orte sind zu', likelihood: 'medium', impact: 'high', response: 'Zweite Orte suchen' },
    ])
    expect(de.answers['kickoff-datum']).toBe('2027-03-01')
    expect(de.logbook).toEqual([{ kind: 'decision', text: 'Wir beginnen im Vorprozess.' }])
    expect(handbooks.en.sample?.answers['kickoff-ziele']).toBe('Nobody is left alone in the heat.')
    expect(outlineOf(handbooks.en).sample).toBe(true)
  })

  it('of the built-in handbook passes the check and answers every question of phases 1 and 2', () => {
    const { errors, handbooks } = loadRealHandbook()
    expect(errors).toEqual([])
    for (const book of [handbooks.de, handbooks.en]) {
      const sample = book.sample!
      const early = book.steps.filter((s) => s.phase <= 2)
      const unanswered = early.flatMap((s) => s.questions).filter((q) => !(q.id in sample.answers))
      expect(unanswered.map((q) => q.id)).toEqual([])
      expect(Object.keys(sample.steps)).toEqual(early.map((s) => s.id))
      expect(sample.logbook.length).toBeGreaterThanOrEqual(3)
    }
  }, 60_000)
})

/** One case per kind of mistake: the mistake (in both languages where it is data) and its one error. */
const mistakes: [string, (f: Editor) => void, string][] = [
  [
    'a question no step asks',
    (f) => both(f, '  kickoff-titel:', '  kickoff-titl:'),
    `${DE}/sample.md › answers.kickoff-titl: no wizard step asks the question "kickoff-titl"; did you mean "kickoff-titel"?`,
  ],
  [
    'a step that does not exist',
    (f) => both(f, '  kick-off: done', '  kickof: done'),
    `${DE}/sample.md › steps.kickof: the wizard step "kickof" does not exist; did you mean "kick-off"?`,
  ],
  [
    'a state a step cannot have',
    // A field the schema rejects breaks the German file: its English twin is not compared with it.
    (f) => f.replace('de/sample.md', '  kick-off: done', '  kick-off: fertig'),
    `${DE}/sample.md › steps.kick-off: expected one of: open, in-progress, done, skipped, not-relevant; found the text "fertig"`,
  ],
  [
    'an entry-check question that does not exist',
    (f) => both(f, '{ komplex: true,', '{ komplx: true,'),
    `${DE}/sample.md › entryCheck.komplx: "komplx" is not a question of the entry check (see ${DE}/wizard/einstiegscheck.md); did you mean "komplex"?`,
  ],
  [
    'a phase that does not exist',
    (f) => both(f, 'phase: 2', 'phase: 3'),
    `${DE}/sample.md › phase: the phase 3 does not exist; this handbook has phases 1–2`,
  ],
  [
    'a list where a text belongs',
    (f) => {
      f.replace('de/sample.md', 'kickoff-ziele: Niemand bleibt bei Hitze allein.', 'kickoff-ziele: [Niemand]')
      f.replace('en/sample.md', 'kickoff-ziele: Nobody is left alone in the heat.', 'kickoff-ziele: [Nobody]')
    },
    `${DE}/sample.md › answers.kickoff-ziele: a long-text answer is a text; found a list`,
  ],
  [
    'a single choice nobody offers',
    (f) => both(f, 'vorprozess-weiter: exploration', 'vorprozess-weiter: explorasion'),
    `${DE}/sample.md › answers.vorprozess-weiter: expected one of: exploration, pausieren, beenden; found the text "explorasion"`,
  ],
  [
    'a multiple choice nobody offers',
    (f) => both(f, 'kickoff-formate: [steuerungsrunde]', 'kickoff-formate: [steuerungsrunde, kickoff]'),
    `${DE}/sample.md › answers.kickoff-formate[2]: expected one of: steuerungsrunde, werkstatt; found the text "kickoff"`,
  ],
  [
    'a checklist item chosen twice',
    (f) => both(f, 'kickoff-erledigt: [termin]', 'kickoff-erledigt: [termin, termin]'),
    `${DE}/sample.md › answers.kickoff-erledigt[2]: the option "termin" is chosen twice`,
  ],
  [
    'a list item that is no text',
    (f) => {
      f.replace('de/sample.md', '[Ältere Menschen, Pflegedienste]', '[Ältere Menschen, 42]')
      f.replace('en/sample.md', '[Older people, Care services]', '[Older people, 42]')
    },
    `${DE}/sample.md › answers.kickoff-gruppen[2]: expected a text; found number 42`,
  ],
  [
    'an impossible day',
    (f) => both(f, "kickoff-datum: '2027-03-01'", "kickoff-datum: '2027-02-30'"),
    `${DE}/sample.md › answers.kickoff-datum: expected a day written as '2027-03-01'; found the text "2027-02-30"`,
  ],
  [
    'a day without quotes',
    (f) => both(f, "kickoff-datum: '2027-03-01'", 'kickoff-datum: 2027-03-01'),
    `${DE}/sample.md › answers.kickoff-datum: write the day in quotes, like '2027-03-01' (without them YAML reads a date and turns an impossible day into another one)`,
  ],
  [
    'a column a table answer does not have',
    (f) => both(f, 'likelihood: medium', 'likelyhood: medium'),
    `${DE}/sample.md › answers.kickoff-risiken[1].likelyhood: is not a column of a risks answer; the columns are risk, likelihood, impact, response`,
  ],
  [
    'a level a table column does not offer',
    (f) => both(f, 'impact: high', 'impact: hoch'),
    `${DE}/sample.md › answers.kickoff-risiken[1].impact: expected one of: low, medium, high; found the text "hoch"`,
  ],
  [
    'a text where a table belongs',
    (f) => {
      f.replace('de/sample.md', '    - { name: Projektleitung, role: Koordination }', '    Projektleitung')
      f.replace('en/sample.md', '    - { name: Project lead, role: Coordination }', '    Project lead')
    },
    `${DE}/sample.md › answers.kickoff-team: a people answer is a list with at least one entry; found the text "Projektleitung"`,
  ],
  [
    'a rating outside the value compass',
    (f) => both(f, '{ rating: 2,', '{ rating: 4,'),
    `${DE}/sample.md › answers.kickoff-werte.kooperativ.rating: expected a whole number from 0 to 3; found number 4`,
  ],
  [
    'a value the value compass does not have',
    (f) => both(f, '    kooperativ: { rating', '    kooperatif: { rating'),
    `${DE}/sample.md › answers.kickoff-werte.kooperatif: "kooperatif" is not a value of the value compass (kooperativ); did you mean "kooperativ"?`,
  ],
  [
    'a logbook entry of a kind the app writes itself',
    (f) => f.replace('de/sample.md', '{ kind: decision,', '{ kind: step-done,'),
    `${DE}/sample.md › logbook[1].kind: expected one of: note, decision, action; found the text "step-done"`,
  ],
  [
    'an English option that differs from the German one',
    (f) => f.replace('en/sample.md', 'vorprozess-weiter: exploration', 'vorprozess-weiter: pausieren'),
    `${EN}/sample.md › answers.vorprozess-weiter: differs from the German file ${DE}/sample.md; data (option values, days, levels, ratings, the number of entries) must be the same in both languages`,
  ],
  [
    'an English step state that differs from the German one',
    (f) => f.replace('en/sample.md', '  kick-off: done', '  kick-off: skipped'),
    `${EN}/sample.md › steps.kick-off: differs from the German file ${DE}/sample.md; data (numbers, ids, codes) must be the same in both languages`,
  ],
  [
    'an English answer left empty',
    (f) => f.replace('en/sample.md', 'kickoff-ziele: Nobody is left alone in the heat.', "kickoff-ziele: ''"),
    `${EN}/sample.md › answers.kickoff-ziele: a long-text answer is a text; found an empty text`,
  ],
  [
    'a sample without its English version',
    (f) => f.remove('en/sample.md'),
    `${DE}/sample.md › file: has no English version (expected ${EN}/sample.md)`,
  ],
]

describe('every kind of mistake in the sample fails once, with file and field', () => {
  it.each(mistakes)('%s', (_, edit, expected) => {
    const { messages, warnings } = withSample(edit)
    expect(messages).toEqual([expected])
    expect(warnings).toEqual([])
  })
})
