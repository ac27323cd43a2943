import { describe, expect, it } from 'vitest'
import { answerLines, assembleDescription, type AnswerWords } from '../../../src/lib/description'
import { step } from './wizard-fixtures'

const template = {
  sections: [
    { id: 'titel', title: 'Titel', description: '' },
    { id: 'stakeholder', title: 'Stakeholder', description: '' },
    { id: 'werte', title: 'Wertekompass', description: '' },
    { id: 'risiken', title: 'Risiken', description: '' },
  ],
}
// Given out of order on purpose: the description follows the wizard order, not the array order.
const steps = [
  step('zwei', 2, 1, [
    { id: 'akteure', type: 'stakeholders', section: 'stakeholder', label: 'Wer ist beteiligt?' },
    { id: 'kompass', type: 'value-compass', section: 'werte', label: 'Wie trägt die Maßnahme bei?' },
  ]),
  step('eins', 1, 1, [
    { id: 'titel', type: 'short-text', section: 'titel', label: 'Arbeitstitel?' },
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
    { id: 'risiken', type: 'risks', section: 'risiken', label: 'Welche Risiken?' },
  ]),
]
const words: AnswerWords = {
  field: (_type, key) => ({ name: 'Name', influence: 'Einfluss', group: 'Gruppe' })[key] ?? key,
  level: (v) => ({ high: 'hoch', low: 'gering' })[v] ?? v,
  valueTitle: (id) => ({ nachhaltig: 'Die nachhaltige Stadt' })[id] ?? id,
  rating: (r) => (r === null ? 'nicht bewertet' : `${r} von 3`),
  compassColumns: { value: 'Wert', rating: 'Relevanz', justification: 'Begründung' },
}
const answers = {
  formate: ['werkstatt', 'kick-off'],
  titel: 'Termine *online*',
  akteure: [{ name: 'Bezirke', group: '', influence: 'high' }, { name: '' }],
  kompass: { nachhaltig: { rating: 2, justification: 'Weniger Wege' } },
}
describe('project description', () => {
  const sections = assembleDescription(template, steps, answers)

  it('puts every answer into its section in the template order and the wizard order', () => {
    expect(sections.map((s) => s.id)).toEqual(['titel', 'stakeholder', 'werte', 'risiken'])
    expect(sections[0].entries.map((e) => e.question.id)).toEqual(['titel', 'formate'])
    // In the shape the table expects: every column, missing ones empty.
    const empty = { name: '', group: '', interest: '', influence: '', involvement: '' }
    expect(sections[1].entries[0].value).toEqual([{ ...empty, name: 'Bezirke', influence: 'high' }, empty])
    expect(sections[1].entries[0].invalid).toBe(false)
  })

  it('shows empty sections as open questions with the step that asks them', () => {
    expect(sections[3].entries).toEqual([])
    expect(sections[3].open.map((o) => [o.question.id, o.step.id])).toEqual([['risiken', 'eins']])
  })

  it('writes answers as readable lines: option labels, filled rows only, compass ratings', () => {
    const [titel, formate] = sections[0].entries
    expect(answerLines(titel.question, titel.value, words)).toEqual(['Termine *online*'])
    expect(answerLines(formate.question, formate.value, words)).toEqual(['Werkstatt', 'Kick-Off'])
    const akteure = sections[1].entries[0]
    expect(answerLines(akteure.question, akteure.value, words)).toEqual(['Name: Bezirke; Einfluss: hoch'])
    const kompass = sections[2].entries[0]
    expect(answerLines(kompass.question, kompass.value, words)).toEqual([
      'Die nachhaltige Stadt: 2 von 3 – Weniger Wege',
    ])
  })
})
