import core from '@/locales/de'
import dataStatus from '@/features/data/messages/status-de'
import handbook from '@/features/handbook/messages/de'

/** The German texts every page needs: the app shell, the reader and the data status notes. */
export default { ...core, ...dataStatus, ...handbook }
