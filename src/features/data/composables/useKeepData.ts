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
      const [count, asked, lastBackupAt] = await Promise.all([
        repos.projects.count(),
        repos.settings.get<string>(PERSIST_ASKED_KEY),
        repos.settings.get<string>(LAST_BACKUP_KEY),
      ])
      // Only read all projects when a reminder could be due at all.
      const projects = count ? await repos.transfer.projectTimes() : []
      return { count, asked: !!asked, lastBackupAt: lastBackupAt ?? null, projects }
    },
    { count: 0, asked: true, lastBackupAt: null as string | null, projects: [] as ProjectTimes },
  )

  watch(
    () => data.value.count > 0 && !data.value.asked,
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
