/** Reading and applying a large backup take seconds: the import's status line says which is under way. */
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, nextTick, shallowRef } from 'vue'
import { i18n } from '../../../src/app/i18n'
import ImportPanel from '../../../src/features/data/components/ImportPanel.vue'

const state = {
  reading: shallowRef(false),
  applying: shallowRef(false),
  failure: shallowRef(null),
  doneName: shallowRef(''),
  doneMerged: shallowRef(false),
}
vi.mock('../../../src/features/data/composables/useImport', () => ({
  useImport: () => ({
    ...state,
    preview: computed(() => null),
    encoding: computed(() => 'utf-8'),
    read: vi.fn(),
    apply: vi.fn(),
    cancel: vi.fn(),
  }),
}))

describe('the import status', () => {
  it('says that the backup is being read, then applied, then that it was taken over', async () => {
    i18n.global.locale.value = 'de'
    const wrapper = mount(ImportPanel, { global: { plugins: [i18n] } })
    const status = () => wrapper.get('#data-import-result [role="status"]').text()
    expect(status()).toBe('')
    state.reading.value = true
    await nextTick()
    expect(status()).toBe('Die Sicherung wird gelesen und geprüft …')
    state.reading.value = false
    state.applying.value = true
    await nextTick()
    expect(status()).toBe('Die Sicherung wird übernommen …')
    state.applying.value = false
    state.doneName.value = 'Team Stadtgrün'
    await nextTick()
    expect(status()).toContain('Team Stadtgrün')
    wrapper.unmount()
  })
})
