import data from '@/features/data/messages/de'
import methods from '@/features/methods/messages/de'
import projects from '@/features/projects/messages/de'
import sharing from '@/features/sharing/messages/de'
import workshops from '@/features/workshops/messages/de'
import siteTools from 'virtual:handbook/de/site-tools'

/** The German texts of the tools (data page, method library, projects, team sharing, workshops), loaded with their pages,
 * and what only the tools say of the handbook's site file (`siteTools.*`). */
export default { ...data, ...methods, ...projects, ...sharing, ...workshops, siteTools }
