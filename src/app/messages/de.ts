import core from '@/locales/de'
import data from '@/features/data/messages/de'
import handbook from '@/features/handbook/messages/de'

/** The German texts every page needs: the app shell, the reader and the data notes. */
export default { ...core, ...data, ...handbook }
