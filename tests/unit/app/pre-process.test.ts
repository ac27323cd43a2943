/**
 * `words.preProcess` in the site file is optional: Berlin's handbook names the phase its formats
 * belong to ("Formate des Vorprozesses"); a handbook without it gets plain texts that assume no such
 * phase. The site module is replaced before the UI texts load, as a build of that handbook makes it.
 */
import { join } from 'node:path'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { siteTexts } from '../../../build/content/site'
import type { HandbookParts } from '../../../src/content/parts'
import { CONTENT, FOUR_PHASES, loadFixture } from '../content/fixture'

const THREE_PHASES = join(CONTENT, '..', 'handbook-three-phases')

/** Mounts a page of the handbook `book` in German, with its site file as the app would get it. */
async function mountPage(
  book: ReturnType<typeof loadFixture>,
  page: 'HandbookView' | 'PhaseView',
  props: Record<string, unknown> = {},
) {
  vi.resetModules()
  vi.doMock('virtual:handbook/de/site', () => ({ default: siteTexts(book.sites.de!, book.handbooks.de) }))
  const { i18n, setLang } = await import('../../../src/app/i18n')
  await setLang('de')
  const { useHandbookStore } = await import('../../../src/content/store')
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = 'de'
  const { pages, phases, steps, formats, values, descriptionTemplate } = book.handbooks.de
  store.loaded.de = { pages, phases, steps, formats, values, descriptionTemplate } as Partial<HandbookParts>
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  const { default: component } = await import(`../../../src/features/handbook/pages/${page}.vue`)
  const wrapper = mount(component, { props, global: { plugins: [i18n, pinia, router] } })
  await flushPromises()
  return wrapper
}

afterEach(() => vi.doUnmock('virtual:handbook/de/site'))

describe('the pre-process word of the site file', () => {
  const berlin = loadFixture()
  const threePhases = loadFixture(() => {}, true, THREE_PHASES)

  it('may be left out: a handbook without formats passes the check without it', () => {
    expect(threePhases.messages).toEqual([])
    expect(threePhases.sites.de?.words.preProcess).toBeUndefined()
    expect(threePhases.handbooks.de.formats).toEqual([])
  })

  it("names Berlin's pre-process on a skippable phase, as before", async () => {
    const page = await mountPage(berlin, 'PhaseView', { id: 'exploration' })
    expect(page.find('.notice').text()).toBe(
      'Diese Phase kann übersprungen werden, wenn der Vorprozess alle Fragen beantwortet hat.',
    )
  })

  it('is not needed on the skippable phase of a handbook without it', async () => {
    const page = await mountPage(threePhases, 'PhaseView', { id: 'erproben' })
    expect(page.find('.notice').text()).toBe(
      'Diese Phase kann übersprungen werden, wenn die Abschlussfragen einer früheren Phase das ergeben.',
    )
  })

  it('heads the formats when there is one, else they are simply "Formate"', async () => {
    const four = loadFixture(() => {}, true, FOUR_PHASES)
    const heading = async (book: typeof four) =>
      (await mountPage(book, 'HandbookView')).find('#handbook-formats').text()
    expect(await heading(four)).toBe(`Formate ${four.sites.de!.words.preProcess!.genitive}`)

    const without = loadFixture(
      (write) => {
        write.replace(
          'de/site.md',
          '  preProcess:\n    subject: der Vorlauf\n    genitive: des Vorlaufs\n',
          '',
        )
        write.replace(
          'en/site.md',
          '  preProcess:\n    subject: the lead-in\n    genitive: of the lead-in\n',
          '',
        )
      },
      true,
      FOUR_PHASES,
    )
    expect(without.messages).toEqual([])
    expect(await heading(without)).toBe('Formate')
  })

  it('is there in every language or in none', () => {
    const { messages } = loadFixture((write) =>
      write.replace(
        'en/site.md',
        '  preProcess:\n    subject: the pre-process\n    genitive: of the pre-process\n',
        '',
      ),
    )
    expect(messages).toEqual([
      expect.stringMatching(
        /^handbook-content\/en\/site\.md › words\.preProcess: differs from the German file/,
      ),
    ])
  })
})
