import type { MaybeRefOrGetter } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { LogbookEntry } from '@/model'

type NewEntry = Omit<LogbookEntry, 'id' | 'createdAt'>

/** A project's logbook, oldest first, kept live (also across tabs), with adding and ticking off. */
export function useLogbook(projectId: MaybeRefOrGetter<string | null | undefined>) {
  const { data: entries, ready } = useLiveQuery(
    projectId,
    (id, repos) => repos.logbook.listByProject(id),
    [] as LogbookEntry[],
  )
  return {
    entries,
    ready,
    add: async (entry: NewEntry) => (await loadRepositories()).logbook.add(entry),
    setDone: async (entryId: string, done: boolean) =>
      (await loadRepositories()).logbook.update(entryId, { done }),
  }
}
