/** Two weeks, counted from the first change that no backup holds yet. */
export const REMINDER_AFTER_MS = 14 * 24 * 60 * 60 * 1000

/**
 * Whether to remind the user to back up: there is work that no backup holds (a project changed
 * after the last backup), and that work began two weeks ago or more. Without any backup, the
 * work began when the oldest project was created. Only the earliest `createdAt` and the latest
 * `updatedAt` count, so one record spanning both stands for all projects.
 */
export function backupDue(
  lastBackupAt: string | null | undefined,
  projects: readonly { createdAt: string; updatedAt: string }[],
  now = Date.now(),
): boolean {
  if (!projects.length) return false
  const backup = lastBackupAt ? Date.parse(lastBackupAt) : NaN
  const latestChange = Math.max(...projects.map((p) => Date.parse(p.updatedAt)))
  if (!Number.isNaN(backup) && latestChange <= backup) return false
  const workSince = Number.isNaN(backup) ? Math.min(...projects.map((p) => Date.parse(p.createdAt))) : backup
  return now - workSince >= REMINDER_AFTER_MS
}

/** Bytes as a short text with the unit, such as "1,2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`
}
