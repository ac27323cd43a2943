import core from '@/locales/en'
import data from '@/features/data/messages/en'
import handbook from '@/features/handbook/messages/en'
import methods from '@/features/methods/messages/en'
import projects from '@/features/projects/messages/en'
import workshops from '@/features/workshops/messages/en'

/** Every UI text in English: the core texts and each feature's, under its own top-level key. */
export default { ...core, ...data, ...handbook, ...methods, ...projects, ...workshops }
