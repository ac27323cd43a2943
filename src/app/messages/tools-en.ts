import data from '@/features/data/messages/en'
import methods from '@/features/methods/messages/en'
import projects from '@/features/projects/messages/en'
import sharing from '@/features/sharing/messages/en'
import workshops from '@/features/workshops/messages/en'
import siteTools from 'virtual:handbook/en/site-tools'

/** The English texts of the tools (data page, method library, projects, team sharing, workshops), loaded with their pages,
 * and what only the tools say of the handbook's site file (`siteTools.*`). */
export default { ...data, ...methods, ...projects, ...sharing, ...workshops, siteTools }
