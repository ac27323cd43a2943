import data from '@/features/data/messages/en'
import methods from '@/features/methods/messages/en'
import projects from '@/features/projects/messages/en'
import workshops from '@/features/workshops/messages/en'

/** The English texts of the tools (data page, method library, projects, workshops), loaded with their pages. */
export default { ...data, ...methods, ...projects, ...workshops }
