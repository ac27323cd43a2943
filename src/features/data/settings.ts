/** Keys of this feature in the settings table. */
export const LAST_BACKUP_KEY = 'lastBackupAt'
export const PERSIST_ASKED_KEY = 'storagePersistAskedAt'
