import { describe, expect, it } from 'vitest'
import type { AnswerWords } from '../../../src/lib/description'
import { buildDescriptionDocument, type DescriptionInput } from '../../../src/lib/description-document'
import { descriptionToMarkdown, descriptionToText } from '../../../src/lib/description-export'
import { step } from './wizard-fixtures'

const template = {
  sections: [
    { id: 'titel', title: 'Titel', description: 'Worum es geht' },
    { id: 'indikatoren', title: 'Indikatoren', description: '' },
    { id: 'plan', title: 'Zeitplan', description: '' },
    { id: 'risiken', title: 'Risiken', description: '' },
  ],
}
const steps = [
  step('eins', 1, 1, [
    { id: 'titel', type: 'short-text', section: 'titel', label: 'Arbeitstitel?' },
    { id: 'ziel', type: 'long-text', section: 'titel', label: 'Ziel?' },
    {
      id: 'formate',
      type: 'multiple-choice',
      section: 'titel',
      label: 'Formate?',
      options: [
        { value: 'kick-off', label: 'Kick-Off' },
        { value: 'werkstatt', label: 'Werkstatt' },
      ],
    },
    { id: 'messen', type: 'indicators', section: 'indikatoren', label: 'Woran messen Sie?' },
    { id: 'start', type: 'date', section: 'plan', label: 'Start?' },
    { id: 'meilensteine', type: 'milestones', section: 'plan', label: 'Meilensteine?' },
    { id: 'risiken', type: 'risks', section: 'risiken', label: 'Welche Risiken?' },
    { id: 'kompass', type: 'value-compass', section: 'indikatoren', label: 'Beitrag zu den Werten?' },
  ]),
]
const words: AnswerWords = {
  field: (_type, key) =>
    ({ name: 'Indikator', kind: 'Art', baseline: 'Ausgangswert', target: 'Zielwert', source: 'Quelle' })[
      key
    ] ?? key,
  level: (v) => ({ output: 'Output', outcome: 'Wirkung' })[v] ?? v,
  valueTitle: (id) => id,
  rating: (r) => `${r} von 3`,
  compassColumns: { value: 'Wert', rating: 'Relevanz', justification: 'Begründung' },
}
const input = (locale: string): DescriptionInput => ({
  project: { title: 'Schattige Wege', description: 'Mehr Schatten | für Schulwege', phase: 2 },
  team: { name: 'Stadtgrün' },
  handbook: {
    descriptionTemplate: template,
    steps,
    phases: [
      { number: 1, title: 'Kick-Off' },
      { number: 2, title: 'Exploration' },
    ],
  },
  answers: {
    titel: 'Schattige *Wege*',
    ziel: 'Kühler ankommen.\n\nZweiter Absatz\nmit Zeilenumbruch',
    formate: ['werkstatt', 'kick-off'],
    messen: [
      { name: 'Beschattete Strecke', kind: 'outcome', baseline: '10 %', target: '40 %', source: '' },
      { name: '' },
    ],
    kompass: { nachhaltig: { rating: 2, justification: 'Weniger Wege' } },
    start: '2026-03-12',
    meilensteine: [{ date: '2026-11-30', title: 'Pilot' }],
  },
  locale,
  today: new Date(2026, 10, 30),
  words: {
    ...words,
    kind: 'Maßnahmenbeschreibung',
    team: (name) => `Team: ${name}`,
    phase: (n, title) => `Phase ${n}: ${title}`,
    date: (date) => `Stand: ${date}`,
  },
})
const exportWords = { emptySection: 'Dieser Abschnitt ist noch leer.', openQuestion: 'Offene Frage' }

describe('the description as a document model', () => {
  const model = buildDescriptionDocument(input('de'))

  it('has a cover naming the kind of document once, the title, team, phase and the day in German', () => {
    expect(model.cover).toEqual({
      kind: 'Maßnahmenbeschreibung',
      title: 'Schattige Wege',
      summary: 'Mehr Schatten | für Schulwege',
      facts: ['Team: Stadtgrün', 'Phase 2: Exploration', 'Stand: 30. November 2026'],
    })
  })

  it('writes the day in English for an English reader', () => {
    const english = buildDescriptionDocument(input('en-GB'))
    expect(english.cover.facts.at(-1)).toBe('Stand: 30 November 2026')
    expect(english.sections[2]!.entries[0]!.blocks).toEqual([
      { kind: 'paragraphs', paragraphs: ['12 March 2026'] },
    ])
  })

  it('keeps the template order of sections and counts how complete each one is', () => {
    expect(model.sections.map((s) => [s.title, s.answered, s.total, s.complete])).toEqual([
      ['Titel', 3, 3, true],
      ['Indikatoren', 2, 2, true],
      ['Zeitplan', 2, 2, true],
      ['Risiken', 0, 1, false],
    ])
    expect([model.completeSections, model.totalSections]).toEqual([3, 4])
    expect(model.sections[3]!.open).toEqual([
      { questionId: 'risiken', label: 'Welche Risiken?', stepId: 'eins', stepTitle: 'eins' },
    ])
  })

  it('turns text into paragraphs and choices into a list of their labels', () => {
    const [titel, ziel, formate] = model.sections[0]!.entries
    expect(titel!.blocks).toEqual([{ kind: 'paragraphs', paragraphs: ['Schattige *Wege*'] }])
    expect(ziel!.blocks).toEqual([
      { kind: 'paragraphs', paragraphs: ['Kühler ankommen.', 'Zweiter Absatz\nmit Zeilenumbruch'] },
    ])
    expect(formate!.blocks).toEqual([{ kind: 'list', items: ['Werkstatt', 'Kick-Off'] }])
  })

  it('makes indicators a table of the filled rows and columns, levels in words, days in German', () => {
    expect(model.sections[1]!.entries[0]!.blocks).toEqual([
      {
        kind: 'table',
        columns: ['Indikator', 'Art', 'Ausgangswert', 'Zielwert'],
        rows: [['Beschattete Strecke', 'Wirkung', '10 %', '40 %']],
      },
    ])
    // The value compass is a table too, and keeps its ratings for the page's chart.
    const compass = model.sections[1]!.entries[1]!
    expect(compass.blocks).toEqual([
      {
        kind: 'table',
        columns: ['Wert', 'Relevanz', 'Begründung'],
        rows: [['nachhaltig', '2 von 3', 'Weniger Wege']],
      },
    ])
    expect(compass.compass).toEqual({ nachhaltig: { rating: 2, justification: 'Weniger Wege' } })
    expect(model.sections[2]!.entries.map((e) => e.blocks)).toEqual([
      [{ kind: 'paragraphs', paragraphs: ['12. März 2026'] }],
      [{ kind: 'table', columns: ['date', 'title'], rows: [['30.11.2026', 'Pilot']] }],
    ])
  })

  it('exports Markdown from the model with real tables, escaping what users typed', () => {
    const markdown = descriptionToMarkdown(model, exportWords)
    expect(markdown).toContain(
      [
        '# Maßnahmenbeschreibung: Schattige Wege',
        '',
        'Mehr Schatten \\| für Schulwege',
        '',
        '- Team: Stadtgrün',
        '- Phase 2: Exploration',
        '- Stand: 30. November 2026',
        '',
        '## Titel',
        '',
        '### Arbeitstitel?',
        '',
        'Schattige \\*Wege\\*',
        '',
      ].join('\n'),
    )
    expect(markdown).toContain(
      [
        '### Woran messen Sie?',
        '',
        '| Indikator | Art | Ausgangswert | Zielwert |',
        '| --- | --- | --- | --- |',
        '| Beschattete Strecke | Wirkung | 10 % | 40 % |',
      ].join('\n'),
    )
    expect(
      markdown.endsWith(
        '## Risiken\n\n_Dieser Abschnitt ist noch leer._\n\n- Offene Frage: Welche Risiken?\n',
      ),
    ).toBe(true)
  })

  it('copies as plain text: no Markdown marks, a table row as one line of its filled columns', () => {
    const text = descriptionToText(model, exportWords)
    expect(text).toContain(
      'INDIKATOREN\n\nWoran messen Sie?\n• Indikator: Beschattete Strecke; Art: Wirkung; Ausgangswert: 10 %; Zielwert: 40 %',
    )
    expect(text).toContain('Schattige *Wege*')
    expect(text).not.toContain('#')
    expect(text).not.toContain('| --- |')
  })
})
