import { ref, watch } from 'vue'

export const DATABASE_NAME = 'handbuch-interaktiv'
const HINT = `${DATABASE_NAME}:present`

/**
 * Whether this device holds the app's database, or this tab has opened it. The header and footer
 * show the team switcher and backup notes only then, so that reading the handbook never downloads
 * the storage layer (Dexie is a third of the app's start-up code). Kept free of Dexie on purpose.
 */
export const localDataPresent = ref(hinted())

/**
 * Remembered in localStorage as well: the shell then keeps the team switcher's place from the first
 * paint, where looking for the database takes a moment and the header would grow under the reader.
 * The database is never deleted (deleting everything empties it), so the hint stays true.
 */
function hinted(): boolean {
  try {
    return localStorage.getItem(HINT) === '1'
  } catch {
    return false
  }
}
watch(
  localDataPresent,
  (present) => {
    try {
      if (present) localStorage.setItem(HINT, '1')
    } catch {
      // Storage refused (a locked-down profile): the database is looked for at each start instead.
    }
  },
  { immediate: true },
)

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
