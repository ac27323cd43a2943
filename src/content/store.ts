import { defineStore } from 'pinia'
import { shallowRef, ref } from 'vue'
import type { Handbook, Lang, Step } from './schema'

/** Each language is its own lazily loaded chunk: a visitor downloads only the language they read. */
const loaders: Record<Lang, () => Promise<{ default: Handbook }>> = {
  de: () => import('virtual:handbook/de'),
  en: () => import('virtual:handbook/en'),
}

export const useHandbookStore = defineStore('handbook', () => {
  const handbook = shallowRef<Handbook | null>(null)
  const failed = ref(false)
  let requested: Lang | null = null

  async function load(lang: Lang): Promise<void> {
    if (handbook.value?.lang === lang) return
    requested = lang
    try {
      const { default: loaded } = await loaders[lang]()
      // A slower, earlier request must not overwrite the language chosen last.
      if (requested === lang) handbook.value = loaded
      failed.value = false
    } catch (err) {
      console.error(err)
      failed.value = true
    }
  }

  const stepsOfPhase = (phase: number): Step[] => handbook.value?.steps.filter((s) => s.phase === phase) ?? []

  return { handbook, failed, load, stepsOfPhase }
})
