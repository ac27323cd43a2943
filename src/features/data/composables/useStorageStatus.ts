import { computed, onMounted, ref } from 'vue'
import { useSetting } from '@/composables/useSetting'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { backupDue } from '@/lib/backup-reminder'

/** Persistence, usage and the last backup of this device's storage, for the data page. */
export function useStorageStatus() {
  const persisted = ref<boolean | null>(null)
  const usage = ref<{ used: number; quota: number } | null>(null)

  const unavailable = ref(false)
  const lastBackup = useSetting('lastBackupAt')
  // The span stands for all projects: the reminder needs only the first creation and last change.
  const {
    data: projects,
    error: queryError,
    ready,
  } = useLiveQuery(
    'all',
    async (_all, repos) => {
      const span = await repos.transfer.projectSpan()
      return span ? [span] : []
    },
    [] as { createdAt: string; updatedAt: string }[],
  )

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
    lastBackupAt: lastBackup.value,
    reminderDue: computed(() => backupDue(lastBackup.value.value, projects.value)),
    error: computed(() => unavailable.value || !!queryError.value),
    ready: computed(() => ready.value && lastBackup.ready.value),
    refresh,
  }
}
