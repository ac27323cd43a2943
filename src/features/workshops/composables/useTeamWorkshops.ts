import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { LogbookEntry, Workshop, WorkshopChanges, WorkshopInput, WorkshopItem } from '@/model'

/**
 * Each team's workshops as last read: the list page reads them before it is shown (see
 * `readTeamWorkshops`), and the live query starts from them, so the list is there from the first
 * paint instead of appearing a moment later and pushing the rest of the page down.
 */
const lastRead = new Map<string, Workshop[]>()

/** Reads a team's workshops once, for the live query to start from. */
export async function readTeamWorkshops(teamId: string): Promise<void> {
  lastRead.set(teamId, await (await loadRepositories()).workshops.listByTeam(teamId))
}

/** The workshops of a team, newest change first, kept live. */
export function useTeamWorkshops(teamId: MaybeRefOrGetter<string | null | undefined>) {
  const { data, ready } = useLiveQuery(
    teamId,
    (id, repos) => repos.workshops.listByTeam(id),
    [] as Workshop[],
  )
  const earlier = computed(() => {
    const id = toValue(teamId)
    return id ? lastRead.get(id) : undefined
  })
  watch(data, (list) => {
    const id = toValue(teamId)
    if (ready.value && id) lastRead.set(id, list)
  })
  return {
    workshops: computed(() => (ready.value ? data.value : (earlier.value ?? data.value))),
    ready: computed(() => ready.value || earlier.value !== undefined),
  }
}

/** What a facilitator does to workshops; every text comes from the caller. */
export function useWorkshopActions() {
  const workshops = async () => (await loadRepositories()).workshops
  return {
    create: async (input: WorkshopInput) => (await workshops()).create(input),
    /** A new workshop for a project, in the project's team; null when the project is gone. */
    async createForProject(projectId: string, input: Omit<WorkshopInput, 'teamId'>) {
      const repos = await loadRepositories()
      const project = await repos.projects.get(projectId)
      if (!project) return null
      return repos.workshops.create({ ...input, teamId: project.teamId, projectId: project.id })
    },
    update: async (id: string, changes: WorkshopChanges) => (await workshops()).update(id, changes),
    duplicate: async (id: string, title: string) => (await workshops()).duplicate(id, title),
    remove: async (id: string) => (await workshops()).remove(id),
    /** Appends an item to a workshop's agenda; undefined when the workshop is gone. */
    async appendItem(id: string, item: WorkshopItem) {
      const repo = await workshops()
      const workshop = await repo.get(id)
      if (!workshop) return undefined
      await repo.update(id, { items: [...workshop.items, item] })
      return workshop
    },
    /** A note, decision or action captured during the workshop, into its project's logbook. */
    capture: async (entry: Omit<LogbookEntry, 'id' | 'createdAt'>) =>
      (await loadRepositories()).logbook.add(entry),
  }
}
