/**
 * A crash journal for answers typed but not yet in IndexedDB. Writing to IndexedDB is asynchronous
 * and a reload or a closed tab can cut it off; localStorage writes synchronously, so every change
 * lands here first and is replayed into IndexedDB on the next visit. Entries are removed once
 * IndexedDB holds them.
 */
const KEY = 'handbuch-interaktiv.pending-answers'

/**
 * The journal is shared by all tabs (localStorage), but an entry of a tab that is still open is that
 * tab's business: it saves it itself, or shows a conflict for it. Each tab holds a Web Lock named
 * after it for as long as it lives, so a replay can tell a crashed tab's entries from a live one's.
 */
const TAB = `handbuch-interaktiv.tab.${Math.random().toString(36).slice(2)}`
if (typeof navigator !== 'undefined' && navigator.locks)
  void navigator.locks.request(TAB, () => new Promise<never>(() => undefined)).catch(() => undefined)

/** The tabs other than this one that are open now (none known where Web Locks are missing). */
export async function otherOpenTabs(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set()
  const { held = [] } = await navigator.locks.query()
  return new Set(held.flatMap((lock) => (lock.name && lock.name !== TAB ? [lock.name] : [])))
}

export interface PendingAnswer {
  projectId: string
  questionId: string
  value: unknown
  /**
   * The stored value the change was typed over (`value` left out when there was none), so a replay
   * does not overwrite what another tab saved meanwhile. Absent in entries of older versions.
   */
  base?: { value?: unknown }
  /** The tab that recorded it (see TAB). */
  tab?: string
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

// One entry per answer and tab: two tabs typing into the same answer keep an entry each.
const same = (a: PendingAnswer, b: PendingAnswer) =>
  a.projectId === b.projectId && a.questionId === b.questionId && (a.tab ?? TAB) === (b.tab ?? TAB)

export const answerJournal = {
  record(entry: PendingAnswer): void {
    write([...read().filter((e) => !same(e, entry)), { ...entry, tab: TAB }])
  },
  /** Removes an entry once stored, unless a newer value was recorded meanwhile. */
  settle(entry: PendingAnswer): void {
    write(read().filter((e) => !(same(e, entry) && JSON.stringify(e.value) === JSON.stringify(entry.value))))
  },
  pending(projectId?: string): PendingAnswer[] {
    return read().filter((e) => !projectId || e.projectId === projectId)
  },
}
