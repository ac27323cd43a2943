import type { HandbookDatabase } from '../database'
import { docsOf, type DocWriter } from '../docs'
import { teamOfProject } from '../docs/owners'
import { now } from '../ids'
import { answerJournal, otherOpenTabs, type PendingAnswer } from '../journal'
import { mergeValues, sameValue } from '@/lib/merge'
import type { StepAnswer } from '@/model'

/**
 * What became of a checked write: stored as given, stored merged with another tab's change, or not
 * stored because another tab changed the same part differently (`theirs` is what storage holds).
 */
export type SaveResult =
  | { status: 'stored'; value: unknown }
  | { status: 'merged'; value: unknown }
  | { status: 'conflict'; theirs: unknown }

export class AnswerRepository {
  constructor(private readonly db: HandbookDatabase) {}

  listByProject(projectId: string): Promise<StepAnswer[]> {
    return this.db.answers.where('projectId').equals(projectId).toArray()
  }

  /** Answers of a project as a map from question id to value. Reads only, so it may run in a live query. */
  async mapByProject(projectId: string): Promise<Record<string, unknown>> {
    const rows = await this.listByProject(projectId)
    return Object.fromEntries(rows.map((row) => [row.questionId, row.value]))
  }

  /**
   * Answers to some questions of a project (one wizard step's), read by their keys: a step does not
   * load the whole project, whose answers grow with every step filled in.
   */
  async mapByQuestions(projectId: string, questionIds: readonly string[]): Promise<Record<string, unknown>> {
    const rows = await this.db.answers.bulkGet(questionIds.map((id): [string, string] => [projectId, id]))
    return Object.fromEntries(rows.flatMap((row) => (row ? [[row.questionId, row.value]] : [])))
  }

  /**
   * Stores changes that a reload or crash cut off before they reached IndexedDB, each checked against
   * the value it was typed over. Returns the entries that conflict with a newer stored value: they
   * stay in the journal until the user decides (see useAutosave), so neither text is lost.
   */
  async replayJournal(projectId?: string): Promise<PendingAnswer[]> {
    const conflicts: PendingAnswer[] = []
    const open = await otherOpenTabs()
    for (const entry of answerJournal.pending(projectId)) {
      if (entry.tab && open.has(entry.tab)) continue
      if (!(await this.db.projects.get(entry.projectId))) answerJournal.settle(entry)
      // Entries written before the journal knew their base are stored as they are, as they were then.
      else if (!entry.base) await this.set(entry.projectId, entry.questionId, entry.value)
      else {
        const result = await this.save(entry.projectId, entry.questionId, entry.base.value, entry.value)
        if (result.status === 'conflict') {
          conflicts.push(entry)
          continue
        }
      }
      answerJournal.settle(entry)
    }
    return conflicts
  }

  /**
   * Stores `value` unless another tab changed the answer since this one read `base`: then both
   * changes are merged where that is safe, or nothing is written and the conflict is returned. The
   * stored value is read from the project's document in the same step as the write, so no write can
   * slip in between. Values are compared, not times: two tabs may save within the same millisecond.
   * (Edits from other devices need no check: Yjs merges them, text character by character.)
   */
  async save(projectId: string, questionId: string, base: unknown, value: unknown): Promise<SaveResult> {
    const teamId = await teamOfProject(this.db, projectId)
    if (!teamId) return { status: 'stored', value }
    return docsOf(this.db).change({ teamId, projectIds: [projectId] }, (w): SaveResult => {
      const theirs = w.project(projectId).get('answers', [projectId, questionId])?.value
      if (sameValue(theirs, value)) return { status: 'stored', value }
      const merged = mergeValues(base, value, theirs)
      if (!merged.ok) return { status: 'conflict', theirs }
      put(w, projectId, questionId, merged.value)
      return { status: sameValue(merged.value, value) ? 'stored' : 'merged', value: merged.value }
    })
  }

  /**
   * Stores a value the answer starts with (a question's `prefill`, e.g. the project's title), only
   * when the question has no stored answer at all: an answer the team emptied stays empty. The
   * project does not count as edited, since the value repeats what the project already holds.
   * Returns whether it stored the value.
   */
  async prefill(projectId: string, questionId: string, value: unknown): Promise<boolean> {
    const teamId = await teamOfProject(this.db, projectId)
    if (!teamId) return false
    return docsOf(this.db).change({ teamId, projectIds: [projectId] }, (w) => {
      const own = w.project(projectId)
      if (own.get('answers', [projectId, questionId])) return false
      // Seeded: another device opening the step at the same time writes the same value.
      own.seed('answers', { projectId, questionId, value, updatedAt: now() })
      return true
    })
  }

  /** Stores an answer whatever is stored, and marks the project as edited, in one change. */
  async set(projectId: string, questionId: string, value: unknown): Promise<void> {
    const teamId = await teamOfProject(this.db, projectId)
    if (!teamId) return
    await docsOf(this.db).change({ teamId, projectIds: [projectId] }, (w) =>
      put(w, projectId, questionId, value),
    )
  }
}

function put(w: DocWriter, projectId: string, questionId: string, value: unknown): void {
  const time = now()
  w.project(projectId).put('answers', { projectId, questionId, value, updatedAt: time })
  w.team.patch('projects', [projectId], { updatedAt: time })
}
