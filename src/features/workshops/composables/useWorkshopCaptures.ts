import { repositories, useLiveQuery, type LogbookEntry } from '@/db'

export type CaptureKind = 'note' | 'decision' | 'action'
export const CAPTURE_KINDS: CaptureKind[] = ['note', 'decision', 'action']

/**
 * What was captured during this workshop: the entries of its project's logbook that link back to
 * it. The workshop is read inside the query, so linking another project updates the list.
 */
export function useWorkshopCaptures(workshopId: string) {
  const { data } = useLiveQuery(async () => {
    const projectId = (await repositories().workshops.get(workshopId))?.projectId
    if (!projectId) return []
    const entries = await repositories().logbook.listByProject(projectId)
    return entries.filter((entry) => entry.workshopId === workshopId)
  }, [] as LogbookEntry[])
  return { captures: data }
}
