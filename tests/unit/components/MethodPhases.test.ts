/**
 * Issue 20: a method card names its phases as the handbook does (from the outline), with the number,
 * in the language shown: not "Phase 3" of a five-phase model the handbook may not have.
 */
import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { loadHandbook } from '../../../build/content/load'
import { i18n } from '../../../src/app/i18n'
import MethodFacts from '../../../src/components/MethodFacts.vue'
import type { Lang } from '../../../src/content/codes'
import { derivedParts } from '../../../src/content/parts'
import { useHandbookStore } from '../../../src/content/store'
import PrintFront from '../../../src/features/methods/components/PrintFront.vue'

const { handbooks } = loadHandbook(
  join(import.meta.dirname, '..', '..', 'fixtures', 'handbook-four-phases'),
  {
    strictTranslations: true,
  },
)

/** Mounts `component` for the four-phase handbook's method card (phases 1 and 4) in `lang`. */
async function mountIn(lang: Lang, component: typeof MethodFacts | typeof PrintFront) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = lang
  store.loaded[lang] = { ...handbooks[lang], ...derivedParts(handbooks[lang]) }
  i18n.global.locale.value = lang
  const method = handbooks[lang].methods.find((m) => m.id === 'check-in-runde')!
  const wrapper = mount(component, { props: { method }, global: { plugins: [pinia, i18n] } })
  await nextTick()
  return wrapper
}

describe("a method card's phases", () => {
  it('are named by the handbook in the library and on the method page', async () => {
    const de = await mountIn('de', MethodFacts)
    const items = (w: typeof de) => w.findAll('.phase-named').map((e) => e.text().replace(/\s+/g, ' '))
    expect(de.find('.phase-markers').text()).toMatch(/^Phasen:/)
    expect(items(de)).toEqual(['1 Ankommen,', '4 Betreiben'])
    const en = await mountIn('en', MethodFacts)
    expect(items(en)).toEqual(['1 Arriving,', '4 Running'])
  })

  it('are named on the printed card', async () => {
    const de = await mountIn('de', PrintFront)
    expect(de.text()).toContain('Phase 1: Ankommen, Phase 4: Betreiben')
    const en = await mountIn('en', PrintFront)
    expect(en.text()).toContain('Phase 1: Arriving, Phase 4: Running')
  })
})
