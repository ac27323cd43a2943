import { computed, type MaybeRefOrGetter } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { LogbookEntry } from '@/model'

type NewEntry = Omit<LogbookEntry, 'id' | 'createdAt' | 'phase'>
type Changes = Partial<Pick<LogbookEntry, 'text' | 'owner' | 'due'>>

/** What an entry captured in a workshop shows of it: its title and its agenda items' titles. */
export interface WorkshopSource {
  title: string
  items: { id: string; title: string }[]
}

interface LogbookData {
  entries: LogbookEntry[]
  /** The workshops entries were captured in, by id; null for one deleted since. */
  workshops: Record<string, WorkshopSource | null>
}

/**
 * A project's logbook, oldest first, with the workshops its entries were captured in, kept live
 * (also across tabs); with adding, ticking off, editing, deleting and undoing a deletion.
 */
export function useLogbook(projectId: MaybeRefOrGetter<string | null | undefined>) {
  const { data, ready } = useLiveQuery<string, LogbookData>(
    projectId,
    async (id, repos) => {
      const entries = await repos.logbook.listByProject(id)
      const ids = [...new Set(entries.flatMap((e) => (e.workshopId ? [e.workshopId] : [])))]
      const found = await Promise.all(ids.map((w) => repos.workshops.get(w)))
      const workshops = Object.fromEntries(
        ids.map((w, i) => {
          const workshop = found[i]
          const items = Array.isArray(workshop?.items) ? workshop.items : []
          return [
            w,
            workshop
              ? {
                  title: String(workshop.title ?? ''),
                  items: items.map((it) => ({ id: it.id, title: it.title })),
                }
              : null,
          ]
        }),
      )
      return { entries, workshops }
    },
    { entries: [], workshops: {} },
  )
  const repos = loadRepositories
  return {
    entries: computed(() => data.value.entries),
    workshops: computed(() => data.value.workshops),
    ready,
    add: async (entry: NewEntry) => (await repos()).logbook.add(entry),
    setDone: async (entryId: string, done: boolean) => (await repos()).logbook.setDone(entryId, done),
    edit: async (entryId: string, changes: Changes) => (await repos()).logbook.edit(entryId, changes),
    remove: async (entryId: string) => (await repos()).logbook.remove(entryId),
    restore: async (entry: LogbookEntry) => (await repos()).logbook.restore(entry),
  }
}
