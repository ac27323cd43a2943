import core from '@/locales/en'
import data from '@/features/data/messages/en'
import handbook from '@/features/handbook/messages/en'

/** The English texts every page needs: the app shell, the reader and the data notes. */
export default { ...core, ...data, ...handbook }
