import data from '@/features/data/messages/de'
import methods from '@/features/methods/messages/de'
import projects from '@/features/projects/messages/de'
import workshops from '@/features/workshops/messages/de'

/** The German texts of the tools (data page, method library, projects, workshops), loaded with their pages. */
export default { ...data, ...methods, ...projects, ...workshops }
