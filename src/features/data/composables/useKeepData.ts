import { computed, watch } from 'vue'
import { useSetting } from '@/composables/useSetting'
import { useBackupReminder } from './useBackupReminder'

/**
 * Runs on every page: once the first project exists, asks the browser (once) to keep this site's
 * storage persistently, and tells whether a backup reminder is due.
 */
export function useKeepData() {
  const asked = useSetting('storagePersistAskedAt')
  const { lastBackupAt, hasProjects, reminderDue, ready } = useBackupReminder()

  watch(
    // Only once the setting was read: its default (not asked) must not trigger a second request.
    () => ready.value && asked.ready.value && hasProjects.value && asked.value.value === null,
    async (shouldAsk) => {
      if (!shouldAsk || !navigator.storage?.persist) return
      await asked.set(new Date().toISOString())
      await navigator.storage.persist().catch(() => false)
    },
    { immediate: true },
  )

  return { reminderDue, everBackedUp: computed(() => lastBackupAt.value !== null) }
}
