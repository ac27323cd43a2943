import { computed, watch } from 'vue'
import { repositories, useLiveQuery } from '@/db'
import { backupDue } from '@/lib/backup-reminder'
import { LAST_BACKUP_KEY, PERSIST_ASKED_KEY } from '../settings'

/**
 * Runs on every page: once the first project exists, asks the browser (once) to keep this site's
 * storage persistently, and tells whether a backup reminder is due.
 */
export function useKeepData() {
  const { data } = useLiveQuery(
    async () => {
      const repos = repositories()
      const [span, asked, lastBackupAt] = await Promise.all([
        repos.transfer.projectSpan(),
        repos.settings.get<string>(PERSIST_ASKED_KEY),
        repos.settings.get<string>(LAST_BACKUP_KEY),
      ])
      // The span stands for all projects: the reminder needs only the first creation and last change.
      const projects = span ? [span] : []
      return { hasProjects: !!span, asked: !!asked, lastBackupAt: lastBackupAt ?? null, projects }
    },
    { hasProjects: false, asked: true, lastBackupAt: null as string | null, projects: [] as ProjectTimes },
  )

  watch(
    () => data.value.hasProjects && !data.value.asked,
    async (shouldAsk) => {
      if (!shouldAsk || !navigator.storage?.persist) return
      await repositories().settings.set(PERSIST_ASKED_KEY, new Date().toISOString())
      await navigator.storage.persist().catch(() => false)
    },
    { immediate: true },
  )

  return {
    reminderDue: computed(() => backupDue(data.value.lastBackupAt, data.value.projects)),
    everBackedUp: computed(() => data.value.lastBackupAt !== null),
  }
}

type ProjectTimes = { createdAt: string; updatedAt: string }[]
