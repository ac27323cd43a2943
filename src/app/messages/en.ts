import core from '@/locales/en'
import dataStatus from '@/features/data/messages/status-en'
import handbook from '@/features/handbook/messages/en'

/** The English texts every page needs: the app shell, the reader and the data status notes. */
export default { ...core, ...dataStatus, ...handbook }
