import type { HandbookDatabase } from '../database'
import { docsOf, type DocTables } from '../docs'
import { newId, now } from '../ids'
import type { MethodCollection } from '@/model'

/** Named sets of method cards per team, such as "Kick-off kit". */
export class CollectionRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async listByTeam(teamId: string): Promise<MethodCollection[]> {
    const rows = await this.db.collections.where('teamId').equals(teamId).toArray()
    return rows.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt))
  }

  get(id: string): Promise<MethodCollection | undefined> {
    return this.db.collections.get(id)
  }

  async create(teamId: string, name: string, methodIds: string[] = []): Promise<MethodCollection> {
    const time = now()
    const collection: MethodCollection = {
      id: newId(),
      teamId,
      name: name.trim(),
      methodIds: [...new Set(methodIds)],
      createdAt: time,
      updatedAt: time,
    }
    await docsOf(this.db).change({ teamId }, (w) => w.team.put('collections', { ...collection }))
    return collection
  }

  async rename(id: string, name: string): Promise<void> {
    await this.change(id, (w) => w.patch('collections', [id], { name: name.trim(), updatedAt: now() }))
  }

  /** Adds the method, or removes it when it is already in; returns whether it is in now. */
  async toggleMethod(id: string, methodId: string): Promise<boolean> {
    const result = await this.change(id, (w) => {
      const collection = w.get('collections', [id]) as MethodCollection | undefined
      if (!collection) return undefined
      const has = collection.methodIds.includes(methodId)
      const methodIds = has
        ? collection.methodIds.filter((m) => m !== methodId)
        : [...collection.methodIds, methodId]
      w.patch('collections', [id], { methodIds, updatedAt: now() })
      return !has
    })
    if (result === undefined) throw new Error(`No collection ${id}`)
    return result
  }

  async remove(id: string): Promise<void> {
    await this.change(id, (w) => w.delete('collections', [id]))
  }

  /** Puts a removed collection back exactly as it was (for "undo"). */
  async restore(collection: MethodCollection): Promise<void> {
    await docsOf(this.db).change({ teamId: collection.teamId }, (w) =>
      w.team.put('collections', { ...collection }),
    )
  }

  /** Runs a change on the team document of a stored collection; undefined when there is none. */
  private async change<T>(id: string, fn: (team: DocTables) => T): Promise<T | undefined> {
    const stored = await this.db.collections.get(id)
    if (!stored) return undefined
    return docsOf(this.db).change({ teamId: stored.teamId }, (w) => fn(w.team))
  }
}
