import core from '@/locales/en'
import dataStatus from '@/features/data/messages/status-en'
import handbook from '@/features/handbook/messages/en'
import site from 'virtual:handbook/en/site'

/** The English texts every page needs: the app shell, the reader and the data status notes, and the
 * texts of the handbook's site file (`site.*`, handbook-content/en/site.md). */
export default { ...core, ...dataStatus, ...handbook, site }
