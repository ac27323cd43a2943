import { computed, watch } from 'vue'
import { useSetting } from '@/composables/useSetting'
import { useLiveQuery } from '@/db/live'
import { backupDue } from '@/lib/backup-reminder'

/**
 * Runs on every page: once the first project exists, asks the browser (once) to keep this site's
 * storage persistently, and tells whether a backup reminder is due.
 */
export function useKeepData() {
  const asked = useSetting('storagePersistAskedAt')
  const lastBackup = useSetting('lastBackupAt')
  // The span stands for all projects: the reminder needs only the first creation and last change.
  const { data: projects, ready } = useLiveQuery(
    'all',
    async (_all, repos) => {
      const span = await repos.transfer.projectSpan()
      return span ? [span] : []
    },
    [] as { createdAt: string; updatedAt: string }[],
  )

  watch(
    // Only once the setting was read: its default (not asked) must not trigger a second request.
    () => ready.value && asked.ready.value && projects.value.length > 0 && asked.value.value === null,
    async (shouldAsk) => {
      if (!shouldAsk || !navigator.storage?.persist) return
      await asked.set(new Date().toISOString())
      await navigator.storage.persist().catch(() => false)
    },
    { immediate: true },
  )

  return {
    reminderDue: computed(() => backupDue(lastBackup.value.value, projects.value)),
    everBackedUp: computed(() => lastBackup.value.value !== null),
  }
}
