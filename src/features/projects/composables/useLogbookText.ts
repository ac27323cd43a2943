import { computed, watchEffect } from 'vue'
import { useI18n } from '@/app/i18n'
import { CONTENT_LANGS } from '@/content/langs'
import { useHandbookStore } from '@/content/store'
import { eventSentence, type HandbookNames, type Say } from '@/lib/logbook-text'
import type { LogbookEntry } from '@/model'
import type { ProjectHandbook } from '../handbook'

/**
 * Automatic logbook entries in the reader's language: their events worded with the UI texts and
 * the titles the handbook gives steps and phases in that language.
 */
export function useLogbookText(handbook: () => ProjectHandbook | null) {
  const { t } = useI18n()
  const store = useHandbookStore()
  // Entries written before schema version 4 name their step by its title, in the language they
  // were written in: the outline of every language (a few kilobytes) finds the step again.
  watchEffect(() => {
    for (const lang of CONTENT_LANGS)
      store.ensure(['outline'], lang).catch((err: unknown) => console.error(err))
  })
  const stepIds = computed(() => {
    const byTitle = new Map<string, string>()
    for (const lang of CONTENT_LANGS)
      for (const step of store.loaded[lang].outline?.steps ?? []) byTitle.set(step.title, step.id)
    return byTitle
  })
  const names = computed<HandbookNames>(() => {
    const book = handbook()
    return {
      stepTitle: (id) => book?.steps.find((s) => s.id === id)?.title,
      stepWithTitle: (title) => stepIds.value.get(title),
      phaseTitle: (n) => book?.phases.find((p) => p.number === n)?.title,
    }
  })
  const say: Say = (message, args) => t(`projects.logbook.events.${message}`, args)

  /** What an automatic entry records, as a sentence; null for the team's own entries. */
  return (entry: Pick<LogbookEntry, 'kind' | 'params'>) => eventSentence(entry, names.value, say)
}
