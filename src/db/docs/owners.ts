import type Dexie from 'dexie'

/** The team a project belongs to, read from its row; undefined when there is no such project. */
export async function teamOfProject(db: Dexie, projectId: string): Promise<string | undefined> {
  const project = (await db.table('projects').get(projectId)) as { teamId?: string } | undefined
  return project?.teamId
}
