import { computed } from 'vue'
import { useSetting } from '@/composables/useSetting'
import { useLiveQuery } from '@/db/live'
import { backupDue } from '@/lib/backup-reminder'

/**
 * The last backup of this device and whether a reminder is due, kept live. Two index reads stand
 * for all projects (the first creation and the last change), so it stays cheap on every page.
 */
export function useBackupReminder() {
  const lastBackup = useSetting('lastBackupAt')
  const {
    data: projects,
    error,
    ready,
  } = useLiveQuery(
    'all',
    async (_all, repos) => {
      const span = await repos.transfer.projectSpan()
      return span ? [span] : []
    },
    [] as { createdAt: string; updatedAt: string }[],
  )
  return {
    lastBackupAt: lastBackup.value,
    hasProjects: computed(() => projects.value.length > 0),
    reminderDue: computed(() => backupDue(lastBackup.value.value, projects.value)),
    ready: computed(() => ready.value && lastBackup.ready.value),
    error,
  }
}
