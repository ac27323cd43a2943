import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { i18n, loadToolTexts } from '../../../src/app/i18n'
import type { Question } from '../../../src/content/schema'
import QuestionField from '../../../src/features/projects/components/questions/QuestionField.vue'

beforeAll(() => loadToolTexts())

const question = (type: Question['type']): Question => ({
  id: 'kickoff-titel',
  type,
  label: 'Wie lautet der Arbeitstitel der Maßnahme?',
  help: 'Ein gemeinsamer Name sorgt dafür, dass alle über dieselbe Maßnahme sprechen.',
  example: 'Kühle Orte im Kiez',
  section: 'titel-zusammenfassung',
  required: false,
})

const describedBy = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim())

describe('a question with help and example', () => {
  it.each(['short-text', 'long-text'] as const)(
    '%s: shows both, describes the field with them and leaves the field empty',
    (type) => {
      const wrapper = mount(QuestionField, {
        props: { question: question(type), modelValue: undefined },
        global: { plugins: [i18n] },
        attachTo: document.body,
      })
      const field = wrapper.get(type === 'long-text' ? 'textarea' : 'input')
      expect(describedBy(field.element)).toEqual([
        'Ein gemeinsamer Name sorgt dafür, dass alle über dieselbe Maßnahme sprechen.',
        'Beispiel dieses Werkzeugs: Kühle Orte im Kiez',
      ])
      expect((field.element as HTMLInputElement).value).toBe('')
      expect(field.attributes('placeholder')).toBeUndefined()
      wrapper.unmount()
    },
  )

  it('describes a grouped question (a list) by its fieldset', () => {
    const wrapper = mount(QuestionField, {
      props: { question: question('list'), modelValue: undefined },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    expect(describedBy(wrapper.get('fieldset').element)).toEqual([
      'Ein gemeinsamer Name sorgt dafür, dass alle über dieselbe Maßnahme sprechen.',
      'Beispiel dieses Werkzeugs: Kühle Orte im Kiez',
    ])
    expect(wrapper.findAll('input').every((i) => i.element.value === '')).toBe(true)
    wrapper.unmount()
  })
})
