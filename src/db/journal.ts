/**
 * A crash journal for answers typed but not yet in IndexedDB. Writing to IndexedDB is asynchronous
 * and a reload or a closed tab can cut it off; localStorage writes synchronously, so every change
 * lands here first and is replayed into IndexedDB on the next visit. Entries are removed once
 * IndexedDB holds them.
 */
const KEY = 'handbuch-interaktiv.pending-answers'

export interface PendingAnswer {
  projectId: string
  questionId: string
  value: unknown
  /**
   * The stored value the change was typed over (`value` left out when there was none), so a replay
   * does not overwrite what another tab saved meanwhile. Absent in entries of older versions.
   */
  base?: { value?: unknown }
}

function read(): PendingAnswer[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as PendingAnswer[]) : []
  } catch {
    return []
  }
}

function write(entries: PendingAnswer[]): void {
  try {
    if (entries.length) window.localStorage.setItem(KEY, JSON.stringify(entries))
    else window.localStorage.removeItem(KEY)
  } catch {
    // Without localStorage (locked-down browser, full quota) the IndexedDB write alone remains.
  }
}

const same = (a: PendingAnswer, b: Pick<PendingAnswer, 'projectId' | 'questionId'>) =>
  a.projectId === b.projectId && a.questionId === b.questionId

export const answerJournal = {
  record(entry: PendingAnswer): void {
    write([...read().filter((e) => !same(e, entry)), entry])
  },
  /** Removes an entry once stored, unless a newer value was recorded meanwhile. */
  settle(entry: PendingAnswer): void {
    write(read().filter((e) => !(same(e, entry) && JSON.stringify(e.value) === JSON.stringify(entry.value))))
  },
  pending(projectId?: string): PendingAnswer[] {
    return read().filter((e) => !projectId || e.projectId === projectId)
  },
}
