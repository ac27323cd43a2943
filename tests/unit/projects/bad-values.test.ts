import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { i18n, setLang } from '../../../src/app/i18n'
import LongText from '../../../src/components/LongText.vue'
import StoredDate from '../../../src/components/StoredDate.vue'
import type { Question, QuestionType } from '../../../src/content/schema'
import DescriptionAnswer from '../../../src/features/projects/components/DescriptionAnswer.vue'
import QuestionField from '../../../src/features/projects/components/questions/QuestionField.vue'
import { fieldLabelKey } from '../../../src/features/projects/composables/useAnswerWords'
import type { ProjectHandbook } from '../../../src/features/projects/handbook'
import type { AnswerWords } from '../../../src/lib/description'
import { documentEntry } from '../../../src/lib/description-document'

const VALUES = [{ id: 'nachhaltig', title: 'Die nachhaltige Stadt' }]
const question = (type: QuestionType): Question => ({
  id: `frage-${type}`,
  type,
  label: `Frage vom Typ ${type}`,
  section: 'herausforderung',
  required: false,
})
const global = { plugins: [i18n] }
const field = (type: QuestionType, modelValue: unknown) =>
  mount(QuestionField, {
    props: { question: question(type), modelValue, values: VALUES },
    global,
    attachTo: document.body,
  })

afterEach(async () => {
  document.body.innerHTML = ''
  await setLang('de')
})

describe('wizard questions with bad stored answers', () => {
  it('shows the marker instead of failing on a people answer [null]', () => {
    const wrapper = field('people', [null])
    const marker = wrapper.get('.invalid-value')
    expect(marker.text()).toContain('Ungültiger gespeicherter Wert')
    // The marker describes the group, so a screen reader hears it with the question.
    const fieldset = wrapper.get('fieldset.question')
    expect(fieldset.attributes('aria-describedby')).toContain(marker.element.parentElement!.id)
    expect(wrapper.findAll('input')).toHaveLength(0)
  })

  it('shows a value-compass with justification 5 as empty and marked, and repairs it on the next edit', async () => {
    const wrapper = field('value-compass', { nachhaltig: { rating: 9, justification: 5 } })
    expect(wrapper.find('.invalid-value').exists()).toBe(true)
    const textarea = wrapper.get('textarea')
    expect((textarea.element as HTMLTextAreaElement).value).toBe('')
    await textarea.setValue('Kurze Wege')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([
      { nachhaltig: { rating: null, justification: 'Kurze Wege' } },
    ])
  })

  it('marks a risk with impact 7 and keeps its readable cells', () => {
    const wrapper = field('risks', [{ risk: 'Hitze', impact: 7 }])
    expect(wrapper.find('.invalid-value').exists()).toBe(true)
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('Hitze')
  })

  it('shows a number stored for a text question as a marked empty field, in English too', async () => {
    await setLang('en')
    const wrapper = field('long-text', 42)
    expect(wrapper.get('.invalid-value').text()).toContain('Invalid stored value')
    expect(wrapper.get('textarea').attributes('aria-describedby')).toContain('invalid')
  })
})

describe('a list answer with 100,000 items', () => {
  const items = Array.from({ length: 100_000 }, (_, i) => `Bedürfnis ${i + 1}`)

  it('renders the first 50, pages on, and stays editable', async () => {
    const wrapper = field('list', items)
    expect(wrapper.findAll('input')).toHaveLength(50)
    expect(wrapper.text()).toContain('50 von 100.000 Einträgen werden gezeigt.')
    await wrapper.get('button.kern-btn--x-small:not([aria-label])').trigger('click') // "50 weitere zeigen"
    expect(wrapper.findAll('input')).toHaveLength(100)
    expect(document.activeElement).toBe(wrapper.findAll('input')[50]!.element)

    await wrapper.findAll('input')[0]!.setValue('Schatten')
    const edited = wrapper.emitted('update:modelValue')?.at(-1)?.[0] as string[]
    expect(edited).toHaveLength(100_000)
    expect(edited[0]).toBe('Schatten')
    expect(edited[99_999]).toBe('Bedürfnis 100000')
  })

  it('adds a new item right below the shown ones and focuses it', async () => {
    const wrapper = field('list', items)
    const add = wrapper.findAll('button').find((b) => b.text() === 'Punkt hinzufügen')!
    await add.trigger('click')
    const next = wrapper.emitted('update:modelValue')?.at(-1)?.[0] as string[]
    expect(next).toHaveLength(100_001)
    expect(next[50]).toBe('')
    await wrapper.setProps({ modelValue: next })
    await nextTick()
    expect(wrapper.findAll('input')).toHaveLength(51)
    expect(document.activeElement).toBe(wrapper.findAll('input')[50]!.element)
  })
})

describe('long texts', () => {
  const text = 'Lorem ipsum dolor sit amet. '.repeat(40_000).slice(0, 1_000_000)

  it('shows about 2,000 characters and a named "show all" button, then everything', async () => {
    const wrapper = mount(LongText, { props: { text }, global, attachTo: document.body })
    const button = wrapper.get('button')
    expect(button.text()).toBe('Alles zeigen (1.000.000 Zeichen)')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('.long-text__text').text().length).toBeLessThan(2100)

    await button.trigger('click')
    await nextTick()
    expect(wrapper.get('.long-text__text').text()).toHaveLength(text.trim().length)
    expect(button.text()).toBe('Weniger zeigen')
    expect(button.attributes('aria-expanded')).toBe('true')
    // Focus moves to where the excerpt stopped, so reading goes on there.
    expect(document.activeElement?.classList.contains('long-text__rest')).toBe(true)
  })

  it('shows a short text as it is, without a button', () => {
    const wrapper = mount(LongText, { props: { text: 'Zeile 1\nZeile 2' }, global })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.text()).toBe('Zeile 1\nZeile 2')
  })
})

describe('stored dates', () => {
  it('shows a real day in the reader’s language and an impossible one as "ungültiges Datum"', () => {
    expect(mount(StoredDate, { props: { value: '2026-03-12', kind: 'day' }, global }).text()).toBe(
      '12.03.2026',
    )
    for (const value of ['31.02.2026', '0000-00-00T00:00:00Z', '99999-12-31', null, 7]) {
      const wrapper = mount(StoredDate, { props: { value }, global })
      expect(wrapper.get('.invalid-value').text()).toBe('ungültiges Datum')
      expect(wrapper.find('time').exists()).toBe(false)
    }
  })
})

describe('the description with bad stored answers', () => {
  const handbook = { values: VALUES } as unknown as ProjectHandbook
  const t = i18n.global.t
  const words: AnswerWords = {
    field: (type, key) => t(fieldLabelKey(type, key)),
    level: (value) => value,
    valueTitle: (id) => id,
    rating: (rating) => String(rating),
    compassColumns: { value: 'Wert', rating: 'Relevanz', justification: 'Begründung' },
  }
  const entry = (type: QuestionType, value: unknown) => documentEntry(question(type), value, words, 'de')

  it('marks a risk with impact 7 and shows what can be read as a table', () => {
    const wrapper = mount(DescriptionAnswer, {
      props: { entry: entry('risks', [{ risk: 'Hitze', impact: 7 }]), handbook },
      global,
    })
    expect(wrapper.get('.invalid-value').text()).toContain('Ungültiger gespeicherter Wert')
    expect(wrapper.get('th[scope="col"]').text()).toBe('Risiko oder Annahme')
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('Hitze')
  })

  it('shows a compass with justification 5 without failing', () => {
    const wrapper = mount(DescriptionAnswer, {
      props: { entry: entry('value-compass', { nachhaltig: { rating: 2, justification: 5 } }), handbook },
      global,
    })
    expect(wrapper.get('table').text()).toContain('2 von 3')
  })
})
