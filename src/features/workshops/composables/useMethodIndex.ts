import { computed } from 'vue'
import type { Method } from '@/content/schema'
import { useHandbook } from '@/composables/useHandbook'

/** The method cards of the current language by id (empty while the handbook loads). */
export function useMethodIndex() {
  const { handbook } = useHandbook('methods')
  const methods = computed(() => handbook.value?.methods ?? [])
  const byId = computed(() => new Map<string, Method>(methods.value.map((m) => [m.id, m])))
  return { methods, byId }
}
