import { describe, expect, it } from 'vitest'
import { loadFixture, loadRealHandbook, type Editor } from './fixture'

const KICKOFF = 'de/steps/kick-off.md'
const CLOSING = 'de/steps/vorprozess-abschluss.md'
/** A list question after the fixture's closing question of phase 1, in German and English. */
const LIST_QUESTION = (reuse: string) => `  - id: vorprozess-gruppen
    type: list
    label: Welche Gruppen?
    help: Damit niemand vergessen wird.
    example: Ältere Menschen
    section: titel
    reuse: ${reuse}
`
const addList = (f: Editor, reuse: string) => {
  f.replace(CLOSING, 'questions:\n', `questions:\n${LIST_QUESTION(reuse)}`)
  f.replace('en/steps/vorprozess-abschluss.md', 'questions:\n', `questions:\n${LIST_QUESTION(reuse)}`)
}

describe('prefill and reuse in the content check', () => {
  it('accepts a list that offers an earlier text answer again, and a text question that starts as the title', () => {
    const { messages } = loadFixture((f) => {
      addList(f, '[kickoff-titel]')
      for (const lang of ['de', 'en'])
        f.replace(
          `${lang}/steps/kick-off.md`,
          '    section: titel\n',
          '    section: titel\n    prefill: project-title\n',
        )
    })
    expect(messages).toEqual([])
  })

  it('names the file and field of a reused question that does not exist, comes later or does not fit', () => {
    const { messages } = loadFixture((f) => {
      addList(f, '[kickoff-titl, vorprozess-gruppen, kickoff-formate]')
      f.replace(
        KICKOFF,
        '    section: titel\n    options:',
        '    section: titel\n    reuse: [kickoff-titel]\n    options:',
      )
      f.replace(
        'en/steps/kick-off.md',
        '    section: titel\n    options:',
        '    section: titel\n    reuse: [kickoff-titel]\n    options:',
      )
    })
    expect(messages).toEqual([
      'handbook-content/de/steps/kick-off.md › questions[2].reuse[1]: a multiple-choice question cannot take over answers of other questions',
      'handbook-content/de/steps/vorprozess-abschluss.md › questions[1].reuse[1]: the question "kickoff-titl" does not exist in any step',
      'handbook-content/de/steps/vorprozess-abschluss.md › questions[1].reuse[2]: a question cannot offer its own answer again',
      'handbook-content/de/steps/vorprozess-abschluss.md › questions[1].reuse[3]: a list question cannot take over the answer of the multiple-choice question "kickoff-formate"; it takes: short-text, long-text, list, people, stakeholders',
    ])
  })

  it('refuses an answer offered before it is asked, and prefill on a question that is not text', () => {
    const { messages } = loadFixture((f) => {
      addList(f, '[kickoff-titel]')
      for (const lang of ['de', 'en']) {
        f.replace(
          `${lang}/steps/kick-off.md`,
          '    section: titel\n',
          '    section: titel\n    reuse: [vorprozess-gruppen]\n',
        )
        f.replace(
          `${lang}/steps/kick-off.md`,
          '    section: titel\n    options:',
          '    section: titel\n    prefill: project-title\n    options:',
        )
      }
    })
    expect(messages).toEqual([
      'handbook-content/de/steps/kick-off.md › questions[1].reuse[1]: "vorprozess-gruppen" is asked later in the wizard (handbook-content/de/steps/vorprozess-abschluss.md); only answers of earlier questions can be offered again',
      'handbook-content/de/steps/kick-off.md › questions[2].prefill: only a text question (short-text, long-text) can start with a fact of the project; "kickoff-formate" is a multiple-choice question',
    ])
  })

  it('holds the English files to the German reuse and prefill, since they are data', () => {
    const { messages } = loadFixture((f) => {
      f.replace(KICKOFF, '    section: titel\n', '    section: titel\n    prefill: project-title\n')
    })
    expect(messages).toEqual([
      'handbook-content/en/steps/kick-off.md › questions[1].prefill: differs from the German file handbook-content/de/steps/kick-off.md; data (numbers, ids, codes) must be the same in both languages',
    ])
  })

  it('the Berlin handbook starts the working title as the project title and offers the target groups again', () => {
    const { handbooks } = loadRealHandbook()
    for (const book of Object.values(handbooks)) {
      const questions = book.steps.flatMap((s) => s.questions)
      expect(questions.find((q) => q.id === 'kickoff-titel')?.prefill).toBe('project-title')
      expect(questions.find((q) => q.id === 'beteiligung-zielgruppen')?.reuse).toEqual([
        'kickoff-zielgruppen',
      ])
      expect(questions.find((q) => q.id === 'betrieb-verantwortung')?.reuse).toEqual([
        'kickoff-federfuehrung',
        'kickoff-ansprechperson',
      ])
    }
  })
})
