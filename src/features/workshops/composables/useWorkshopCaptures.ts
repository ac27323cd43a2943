import { useLiveQuery } from '@/db/live'
import type { LogbookEntry } from '@/model'

export type CaptureKind = 'note' | 'decision' | 'action'
export const CAPTURE_KINDS: CaptureKind[] = ['note', 'decision', 'action']

/**
 * What was captured during this workshop: the entries of its project's logbook that link back to
 * it. The workshop is read inside the query, so linking another project updates the list.
 */
export function useWorkshopCaptures(workshopId: string) {
  const { data } = useLiveQuery(
    workshopId,
    async (id, repos) => {
      const projectId = (await repos.workshops.get(id))?.projectId
      if (!projectId) return []
      const entries = await repos.logbook.listByProject(projectId)
      return entries.filter((entry) => entry.workshopId === id)
    },
    [] as LogbookEntry[],
  )
  return { captures: data }
}
