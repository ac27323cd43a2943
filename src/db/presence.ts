import { ref } from 'vue'

export const DATABASE_NAME = 'handbuch-interaktiv'

/**
 * Whether this device holds the app's database, or this tab has opened it. The header and footer
 * show the team switcher and backup notes only then, so that reading the handbook never downloads
 * the storage layer (Dexie is a third of the app's start-up code). Kept free of Dexie on purpose.
 */
export const localDataPresent = ref(false)

/** Looks for the database without opening it (opening would create it). */
export async function detectLocalData(): Promise<void> {
  if (localDataPresent.value) return
  try {
    const databases = await indexedDB.databases()
    if (databases.some((db) => db.name === DATABASE_NAME)) localDataPresent.value = true
  } catch {
    // A browser that cannot list databases: assume there is data rather than hide someone's team.
    localDataPresent.value = true
  }
}
