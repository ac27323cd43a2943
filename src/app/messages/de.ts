import core from '@/locales/de'
import data from '@/features/data/messages/de'
import handbook from '@/features/handbook/messages/de'
import methods from '@/features/methods/messages/de'
import projects from '@/features/projects/messages/de'
import workshops from '@/features/workshops/messages/de'

/** Every UI text in German: the core texts and each feature's, under its own top-level key. */
export default { ...core, ...data, ...handbook, ...methods, ...projects, ...workshops }
