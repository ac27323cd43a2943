import type { HandbookDatabase } from '../database'
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
    await this.db.collections.add(collection)
    return collection
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.collections.update(id, { name: name.trim(), updatedAt: now() })
  }

  /** Adds the method, or removes it when it is already in; returns whether it is in now. */
  async toggleMethod(id: string, methodId: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.collections, async () => {
      const collection = await this.db.collections.get(id)
      if (!collection) throw new Error(`No collection ${id}`)
      const has = collection.methodIds.includes(methodId)
      const methodIds = has
        ? collection.methodIds.filter((m) => m !== methodId)
        : [...collection.methodIds, methodId]
      await this.db.collections.update(id, { methodIds, updatedAt: now() })
      return !has
    })
  }

  async remove(id: string): Promise<void> {
    await this.db.collections.delete(id)
  }

  /** Puts a removed collection back exactly as it was (for "undo"). */
  async restore(collection: MethodCollection): Promise<void> {
    await this.db.collections.put(collection)
  }
}
