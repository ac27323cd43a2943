import { computed, onMounted, ref } from 'vue'
import { repositories, useLiveQuery } from '@/db'
import { backupDue } from '@/lib/backup-reminder'
import { LAST_BACKUP_KEY } from '../settings'

/** Persistence, usage and the last backup of this device's storage, for the data page. */
export function useStorageStatus() {
  const persisted = ref<boolean | null>(null)
  const usage = ref<{ used: number; quota: number } | null>(null)

  const unavailable = ref(false)
  const {
    data,
    error: queryError,
    ready,
  } = useLiveQuery(
    async () => {
      const repos = repositories()
      const [lastBackupAt, span] = await Promise.all([
        repos.settings.get<string>(LAST_BACKUP_KEY),
        repos.transfer.projectSpan(),
      ])
      // The span stands for all projects: the reminder needs only the first creation and last change.
      return { lastBackupAt: lastBackupAt ?? null, projects: span ? [span] : [] }
    },
    { lastBackupAt: null as string | null, projects: [] as { createdAt: string; updatedAt: string }[] },
  )

  async function refresh(): Promise<void> {
    unavailable.value = !(await repositories().transfer.available())
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
    lastBackupAt: computed(() => data.value.lastBackupAt),
    reminderDue: computed(() => backupDue(data.value.lastBackupAt, data.value.projects)),
    error: computed(() => unavailable.value || !!queryError.value),
    ready,
    refresh,
  }
}
