import type { HandbookDatabase } from '../database'
import { docsOf, type DocTables } from '../docs'
import { newId, now } from '../ids'
import { mergeValues } from '@/lib/merge'
import { editable, type Workshop, type WorkshopChanges, type WorkshopInput } from '@/model'

type Field = keyof WorkshopChanges

/** What a checked planner save stored (merged where needed), and the fields it left for the user. */
export interface DraftSaveResult {
  stored: WorkshopChanges
  conflicts: Partial<Record<Field, unknown>>
}

/** Records stored before the planner fields existed get their defaults when read. */
function normalise(stored: Workshop): Workshop {
  return {
    ...stored,
    endTime: stored.endTime ?? null,
    place: stored.place ?? '',
    goal: stored.goal ?? '',
    participants: stored.participants ?? null,
    items: stored.items ?? [],
    timer: stored.timer ?? null,
  }
}

export class WorkshopRepository {
  constructor(private readonly db: HandbookDatabase) {}

  async list(): Promise<Workshop[]> {
    return (await this.db.workshops.toArray()).map(normalise)
  }

  async listByTeam(teamId: string): Promise<Workshop[]> {
    const rows = await this.db.workshops.where('teamId').equals(teamId).toArray()
    return rows.map(normalise).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  async get(id: string): Promise<Workshop | undefined> {
    const stored = await this.db.workshops.get(id)
    return stored && normalise(stored)
  }

  async create(input: WorkshopInput): Promise<Workshop> {
    const time = now()
    const workshop: Workshop = {
      id: newId(),
      projectId: null,
      date: null,
      startTime: null,
      endTime: null,
      place: '',
      goal: '',
      participants: null,
      items: [],
      timer: null,
      ...input,
      title: input.title.trim(),
      createdAt: time,
      updatedAt: time,
    }
    await docsOf(this.db).change({ teamId: workshop.teamId }, (w) => w.team.put('workshops', { ...workshop }))
    return workshop
  }

  async update(id: string, changes: WorkshopChanges): Promise<void> {
    // Deep copies: Vue proxies and shared arrays must not reach IndexedDB's structured clone.
    const plain = JSON.parse(JSON.stringify(changes)) as WorkshopChanges
    await this.change(id, (team) => team.patch('workshops', [id], { ...plain, updatedAt: now() }))
  }

  /**
   * Stores the fields the planner changed since it last saw `base`, merged with what another tab
   * stored meanwhile (read in the same transaction as the write). A field both changed differently is
   * not written and is returned as a conflict with the stored value.
   */
  async saveDraft(id: string, base: WorkshopChanges, changes: WorkshopChanges): Promise<DraftSaveResult> {
    const plain = JSON.parse(JSON.stringify(changes)) as WorkshopChanges
    const empty: DraftSaveResult = { stored: {}, conflicts: {} }
    const saved = await this.change(id, (team) => {
      const result: DraftSaveResult = { stored: {}, conflicts: {} }
      const row = team.get('workshops', [id]) as Workshop | undefined
      if (!row) return result
      const theirs = editable(normalise(row))
      for (const field of Object.keys(plain) as Field[]) {
        const merged = mergeValues(base[field], plain[field], theirs[field])
        if (merged.ok) Object.assign(result.stored, { [field]: merged.value })
        else result.conflicts[field] = theirs[field]
      }
      if (Object.keys(result.stored).length)
        team.patch('workshops', [id], { ...result.stored, updatedAt: now() })
      return result
    })
    return saved ?? empty
  }

  /** A copy with a new id, new item ids and no live session. */
  async duplicate(id: string, title: string): Promise<Workshop | undefined> {
    const source = await this.get(id)
    if (!source) return undefined
    return this.create({
      ...editable(source),
      teamId: source.teamId,
      title,
      items: source.items.map((item) => ({ ...item, id: newId() })),
      timer: null,
    })
  }

  async remove(id: string): Promise<void> {
    await this.change(id, (team) => team.delete('workshops', [id]))
  }

  /** Runs a change on the team document of a stored workshop; undefined when there is none. */
  private async change<T>(id: string, fn: (team: DocTables) => T): Promise<T | undefined> {
    const stored = await this.db.workshops.get(id)
    if (!stored) return undefined
    return docsOf(this.db).change({ teamId: stored.teamId }, (w) => fn(w.team))
  }
}
