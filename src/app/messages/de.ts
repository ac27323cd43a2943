import core from '@/locales/de'
import dataStatus from '@/features/data/messages/status-de'
import handbook from '@/features/handbook/messages/de'
import site from 'virtual:handbook/de/site'

/** The German texts every page needs: the app shell, the reader and the data status notes, and the
 * texts of the handbook's site file (`site.*`, handbook-content/de/site.md). */
export default { ...core, ...dataStatus, ...handbook, site }
