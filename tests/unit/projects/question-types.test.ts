import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import * as z from 'zod/mini'
import { i18n } from '../../../src/app/i18n'
import { QUESTION_TYPES, type Question, type QuestionType } from '../../../src/content/schema'
import { repositories } from '../../../src/db'
import QuestionField from '../../../src/features/projects/components/questions/QuestionField.vue'
import { useAutosave } from '../../../src/features/projects/composables/useAutosave'
import { answerShape } from '../../../src/lib/transfer/checks/answers'
import { TEXT_LIMITS } from '../../../src/model'

const VALUES = [
  { id: 'nachhaltig', title: 'Die nachhaltige Stadt' },
  { id: 'kooperativ', title: 'Die kooperative Stadt' },
]
const OPTIONS = [
  { value: 'steuerungsrunde', label: 'Steuerungsrunde' },
  { value: 'werkstatt', label: 'Maßnahmenwerkstatt' },
  { value: 'entscheidung', label: 'Entscheidungsrunde' },
]
let projectId = ''

const questionOf = (type: QuestionType): Question => ({
  id: `frage-${type}`,
  type,
  label: `Frage vom Typ ${type}`,
  help: 'Ein Hinweis',
  section: 'herausforderung',
  required: false,
  ...(['single-choice', 'multiple-choice', 'checklist'].includes(type) ? { options: OPTIONS } : {}),
})

/** The step page in small: the question wired to autosave, as a user meets it. */
function mountQuestion(question: Question) {
  const Harness = defineComponent(() => {
    const { answers, loaded, update } = useAutosave(projectId)
    return () =>
      loaded.value
        ? h(QuestionField, {
            question,
            modelValue: answers[question.id],
            values: VALUES,
            'onUpdate:modelValue': (value: unknown) => update(question.id, value),
          })
        : null
  })
  return mount(Harness, { global: { plugins: [i18n] }, attachTo: document.body })
}

async function loaded(wrapper: VueWrapper) {
  await vi.waitFor(() => expect(wrapper.find('.question').exists()).toBe(true))
}

const stored = async (question: Question) =>
  (await repositories().answers.mapByProject(projectId))[question.id]

async function fillAndReopen(
  type: QuestionType,
  fill: (wrapper: VueWrapper) => Promise<void>,
  expected: unknown,
  check: (wrapper: VueWrapper) => void,
) {
  const question = questionOf(type)
  const first = mountQuestion(question)
  await loaded(first)
  await fill(first)
  first.unmount() // leaving the page saves at once
  await vi.waitFor(async () => expect(await stored(question)).toEqual(expected))
  // What the wizard stores passes the import's check, so a team's own backup always reads back.
  expect(z.safeParse(answerShape(type), await stored(question)).success).toBe(true)
  const again = mountQuestion(question)
  await loaded(again)
  await flushPromises()
  check(again)
  again.unmount()
}

const field = (wrapper: VueWrapper, label: string) => {
  const labelEl = wrapper.findAll('label').find((l) => l.text().trim() === label)
  if (!labelEl) throw new Error(`no label "${label}"`)
  const control = labelEl.find('input, select, textarea')
  return control.exists() ? control : wrapper.find(`#${CSS.escape(labelEl.attributes('for')!)}`)
}

beforeAll(async () => {
  i18n.global.locale.value = 'de'
  const repos = repositories()
  const team = await repos.teams.create('Team')
  projectId = (await repos.projects.create(team.id, 'Projekt')).id
})

describe('question types: value in, value stored, value shown again', () => {
  it('covers every question type of the content schema', () => {
    const tested = [
      'short-text',
      'long-text',
      'date',
      'list',
      'single-choice',
      'multiple-choice',
      'checklist',
      'people',
      'stakeholders',
      'indicators',
      'milestones',
      'risks',
      'value-compass',
    ]
    expect([...tested].sort()).toEqual([...QUESTION_TYPES].sort())
  })

  it('short-text: a labelled text field with its hint', async () => {
    await fillAndReopen(
      'short-text',
      async (w) => {
        const input = w.find('input[type="text"]')
        expect(w.find('label').text()).toContain('Frage vom Typ short-text')
        expect(input.attributes('aria-describedby')).toBe(w.find('.question__help').attributes('id'))
        await input.setValue('Termine online')
      },
      'Termine online',
      (w) => expect((w.find('input').element as HTMLInputElement).value).toBe('Termine online'),
    )
  })

  it('text fields stop at the length a backup may hold', async () => {
    for (const [type, selector, limit] of [
      ['short-text', 'input', TEXT_LIMITS.line],
      ['long-text', 'textarea', TEXT_LIMITS.long],
    ] as const) {
      const wrapper = mountQuestion(questionOf(type))
      await loaded(wrapper)
      expect(wrapper.find(selector).attributes('maxlength'), type).toBe(String(limit))
      wrapper.unmount()
    }
  })

  it('long-text: a text area keeping line breaks', async () => {
    await fillAndReopen(
      'long-text',
      (w) => w.find('textarea').setValue('Erste Zeile\nZweite Zeile'),
      'Erste Zeile\nZweite Zeile',
      (w) =>
        expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('Erste Zeile\nZweite Zeile'),
    )
  })

  it('date: a date field', async () => {
    await fillAndReopen(
      'date',
      (w) => w.find('input[type="date"]').setValue('2026-12-01'),
      '2026-12-01',
      (w) => expect((w.find('input[type="date"]').element as HTMLInputElement).value).toBe('2026-12-01'),
    )
  })

  it('list: items added one by one', async () => {
    await fillAndReopen(
      'list',
      async (w) => {
        await w.find('button').trigger('click')
        await w.find('input[aria-label="Punkt 1"]').setValue('Studie 2024')
        await w.findAll('button').at(-1)!.trigger('click')
        await w.find('input[aria-label="Punkt 2"]').setValue('Pilot im Bezirk')
      },
      ['Studie 2024', 'Pilot im Bezirk'],
      (w) =>
        expect(w.findAll('input').map((i) => (i.element as HTMLInputElement).value)).toEqual([
          'Studie 2024',
          'Pilot im Bezirk',
        ]),
    )
  })

  it('single-choice: radio buttons in a group named by the question', async () => {
    await fillAndReopen(
      'single-choice',
      async (w) => {
        expect(w.find('fieldset legend').text()).toContain('Frage vom Typ single-choice')
        await w.findAll('input[type="radio"]')[1].setValue(true)
      },
      'werkstatt',
      (w) =>
        expect(w.findAll('input[type="radio"]').map((r) => (r.element as HTMLInputElement).checked)).toEqual([
          false,
          true,
          false,
        ]),
    )
  })

  for (const type of ['multiple-choice', 'checklist'] as const) {
    it(`${type}: checkboxes, stored in the order of the options`, async () => {
      await fillAndReopen(
        type,
        async (w) => {
          const boxes = w.findAll('input[type="checkbox"]')
          await boxes[2].setValue(true)
          await boxes[0].setValue(true)
        },
        ['steuerungsrunde', 'entscheidung'],
        (w) =>
          expect(
            w.findAll('input[type="checkbox"]').map((r) => (r.element as HTMLInputElement).checked),
          ).toEqual([true, false, true]),
      )
    })
  }

  const rows: [QuestionType, Record<string, string>, Record<string, string>][] = [
    [
      'people',
      { Name: 'Alex Beispiel', Rolle: 'Koordination' },
      { name: 'Alex Beispiel', role: 'Koordination' },
    ],
    [
      'stakeholders',
      { Name: 'Bezirksämter', Gruppe: 'Verwaltung', Einfluss: 'high' },
      { name: 'Bezirksämter', group: 'Verwaltung', interest: '', influence: 'high', involvement: '' },
    ],
    [
      'indicators',
      { Indikator: 'Wartezeit', Art: 'outcome', Zielwert: '10 Minuten' },
      { name: 'Wartezeit', kind: 'outcome', baseline: '', target: '10 Minuten', source: '' },
    ],
    [
      'milestones',
      { Datum: '2027-03-01', Meilenstein: 'Pilotstart' },
      { date: '2027-03-01', title: 'Pilotstart' },
    ],
    [
      'risks',
      { 'Risiko oder Annahme': 'Zu wenig Personal', Wahrscheinlichkeit: 'medium', Auswirkung: 'high' },
      { risk: 'Zu wenig Personal', likelihood: 'medium', impact: 'high', response: '' },
    ],
  ]
  for (const [type, input, expected] of rows) {
    it(`${type}: one group of labelled fields per entry`, async () => {
      await fillAndReopen(
        type,
        async (w) => {
          await w.find('button').trigger('click')
          expect(w.find('fieldset fieldset legend').text()).toBe('Eintrag 1')
          for (const [label, value] of Object.entries(input)) await field(w, label).setValue(value)
        },
        [expected],
        (w) => {
          for (const [label, value] of Object.entries(input)) {
            expect((field(w, label).element as HTMLInputElement).value).toBe(value)
          }
        },
      )
    })
  }

  it('value-compass: a rating and a justification per value, with chart and table', async () => {
    await fillAndReopen(
      'value-compass',
      async (w) => {
        await field(w, '2 – deutlich').setValue(true)
        await field(w, 'Begründung für „Die nachhaltige Stadt“').setValue('Weniger Wege')
      },
      { nachhaltig: { rating: 2, justification: 'Weniger Wege' } },
      (w) => {
        expect(
          (field(w, 'Begründung für „Die nachhaltige Stadt“').element as HTMLTextAreaElement).value,
        ).toBe('Weniger Wege')
        const checked = w
          .findAll('input[type="radio"]')
          .filter((r) => (r.element as HTMLInputElement).checked)
        expect(checked.map((r) => r.attributes('value'))).toEqual(['2'])
        expect(w.find('svg[role="img"] desc').text()).toContain('Die nachhaltige Stadt: 2 von 3')
        expect(w.find('table tbody tr').text()).toContain('Weniger Wege')
      },
    )
  })
})
