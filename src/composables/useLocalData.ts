import { readonly } from 'vue'
import { detectLocalData, localDataPresent } from '@/db/presence'

/**
 * Whether this device holds the app's data, for the shell: the header and footer show the team
 * switcher and backup notes only then, so reading the handbook never downloads the storage layer.
 */
export function useLocalData() {
  return { present: readonly(localDataPresent), detect: detectLocalData }
}
