import { useDebounceFn, useEventListener } from '@vueuse/core'
import { onBeforeUnmount, reactive, ref } from 'vue'
import { answerJournal } from '@/db/journal'
import { loadRepositories } from '@/db/live'

/** At the latest this long after the last keystroke, the answers are in IndexedDB. */
export const SAVE_DELAY_MS = 300

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

export interface AutosaveOptions {
  /** The questions this page shows; only their answers are loaded. All of the project's if left out. */
  questionIds?: readonly string[]
  /** Runs after each successful write (the step then counts as in progress). */
  onStored?: (questionIds: string[]) => void
}

/**
 * The answers of a project, saved without a save button: each change goes synchronously into the
 * crash journal, then into IndexedDB shortly after typing pauses, and at once when the page is hidden
 * or closed.
 */
export function useAutosave(projectId: string, { questionIds, onStored }: AutosaveOptions = {}) {
  const answers = reactive<Record<string, unknown>>({})
  const loaded = ref(false)
  const state = ref<SaveState>('idle')
  const pending = new Map<string, unknown>()
  let writing: Promise<void> = Promise.resolve()
  // A flush that comes first (page hidden, unmount) leaves the debounced one nothing to write.
  const flushSoon = useDebounceFn(flush, SAVE_DELAY_MS)

  async function load() {
    try {
      const repos = await loadRepositories()
      await repos.answers.replayJournal(projectId)
      Object.assign(
        answers,
        questionIds
          ? await repos.answers.mapByQuestions(projectId, questionIds)
          : await repos.answers.mapByProject(projectId),
      )
    } catch {
      state.value = 'failed'
    }
    loaded.value = true
  }

  function update(questionId: string, value: unknown) {
    // Plain JSON: reactive proxies cannot be stored, and the journal needs text anyway.
    const plain: unknown = JSON.parse(JSON.stringify(value ?? null))
    answers[questionId] = plain
    pending.set(questionId, plain)
    answerJournal.record({ projectId, questionId, value: plain })
    state.value = 'saving'
    void flushSoon()
  }

  function flush(): Promise<void> {
    if (!pending.size) return writing
    const batch = [...pending]
    pending.clear()
    writing = writing.then(async () => {
      try {
        const repos = await loadRepositories()
        for (const [questionId, value] of batch) {
          await repos.answers.set(projectId, questionId, value)
          answerJournal.settle({ projectId, questionId, value })
        }
        if (!pending.size) state.value = 'saved'
        onStored?.(batch.map(([id]) => id))
      } catch {
        state.value = 'failed'
      }
    })
    return writing
  }

  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush()
  }
  const onPageHide = () => void flush()

  useEventListener(document, 'visibilitychange', onHidden)
  useEventListener(window, 'pagehide', onPageHide)
  onBeforeUnmount(() => void flush())

  void load()
  return { answers, loaded, state, update, flush }
}
