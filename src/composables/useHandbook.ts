import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useHandbookStore } from '@/content/store'

/** The handbook of the current language (null while it loads). */
export function useHandbook() {
  const { handbook } = storeToRefs(useHandbookStore())
  return { handbook, loaded: computed(() => handbook.value !== null) }
}
