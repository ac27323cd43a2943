import { computed, onMounted, ref } from 'vue'
import { loadRepositories } from '@/db/live'
import { useBackupReminder } from './useBackupReminder'

/** Persistence, usage and the last backup of this device's storage, for the data page. */
export function useStorageStatus() {
  const persisted = ref<boolean | null>(null)
  const usage = ref<{ used: number; quota: number } | null>(null)

  const unavailable = ref(false)
  const { lastBackupAt, reminderDue, ready, error: queryError } = useBackupReminder()

  async function refresh(): Promise<void> {
    unavailable.value = !(await (await loadRepositories()).transfer.available())
    const storage = navigator.storage
    persisted.value = storage?.persisted ? await storage.persisted().catch(() => null) : null
    const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null
    usage.value =
      estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number'
        ? { used: estimate.usage, quota: estimate.quota }
        : null
  }
  onMounted(refresh)

  return {
    persisted,
    usage,
    lastBackupAt,
    reminderDue,
    error: computed(() => unavailable.value || !!queryError.value),
    ready,
    refresh,
  }
}
