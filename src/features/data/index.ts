/**
 * What the data feature offers the rest of the app: the connection status for the
 * header, and the footer's update prompt and data notes (loaded after the page, see AppFooter).
 */
export { default as ConnectionStatus } from './components/ConnectionStatus.vue'
export const loadAppStatus = () => import('./components/AppStatus.vue')
export const loadDataNotes = () => import('./components/DataNotes.vue')
